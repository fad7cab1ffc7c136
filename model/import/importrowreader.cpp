#include "import/importrowreader.h"

#include "import/importlists.h"
#include "import/languagewords.h"

#include "storage/candidatevalidator.h"
#include "csv/csvwriter.h"

#include <QRegularExpression>
#include <QUrl>
#include <algorithm>

namespace planner {

namespace {

// A cell's text, empty when it says "no value" (NULL, N/A, #NAME?, -).
QStringView view(const CsvRecord &record, qsizetype column)
{
    if (column < 0)
        return {};
    const QStringView text = record.field(column).trimmed();
    // Only a few short cells can be a "no value" word: most cells skip the look-up.
    if (text.size() > 8 || (!text.isEmpty() && text.at(0).isDigit()))
        return text;
    return ValueParser::isMissing(text) ? QStringView() : text;
}

// A profile address in the handle column: "https://www.instagram.com/thu.ha/" is @thu.ha on
// Instagram. Addresses of other sites (blogs) stay as they are.
bool readProfileUrl(QString *handle, std::optional<Platform> *platform)
{
    const bool looksLikeUrl = handle->contains(QLatin1String("://")) || handle->startsWith(QLatin1String("www."))
        || handle->contains(QLatin1String(".com/"));
    if (!looksLikeUrl)
        return false;
    const QUrl url = QUrl::fromUserInput(*handle);
    QString host = url.host().toLower();
    for (const QString &prefix : {QStringLiteral("www."), QStringLiteral("m."), QStringLiteral("vm.")}) {
        if (host.startsWith(prefix))
            host.remove(0, prefix.size());
    }
    static const QList<std::pair<QString, Platform>> hosts{
        {QStringLiteral("instagram.com"), Platform::Instagram}, {QStringLiteral("tiktok.com"), Platform::TikTok},
        {QStringLiteral("youtube.com"), Platform::YouTube},     {QStringLiteral("facebook.com"), Platform::Facebook},
        {QStringLiteral("x.com"), Platform::X},                 {QStringLiteral("twitter.com"), Platform::X},
        {QStringLiteral("linkedin.com"), Platform::LinkedIn}};
    for (const auto &[name, known] : hosts) {
        if (host != name)
            continue;
        const QStringList parts = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
        if (parts.isEmpty())
            return false;
        const QString last = parts.last();
        *handle = last.startsWith(QLatin1Char('@')) ? last : QLatin1Char('@') + last;
        *platform = known;
        return true;
    }
    return false;
}

// Channels whose handle column holds a title with spaces rather than an account: a
// Facebook page, a podcast, a blog, a TV or radio show, a paper.
bool goesByTitle(Platform platform)
{
    return isMassMedia(platform) || platform == Platform::Facebook || platform == Platform::Podcast
        || platform == Platform::Blog;
}

} // namespace

ImportRowReader::ImportRowReader(const HeaderMapping &mapping, const ImportSettings &settings,
                                 DecimalMark mark, const std::optional<CurrencyUnit> &fallbackCurrency)
    : m_settings(settings)
    , m_parser(mark)
    , m_fallbackCurrency(fallbackCurrency)
    , m_extraNiches(mapping.extraNicheColumns())
    , m_headerPlatform(mapping.headerPlatform())
{
    for (const ImportField field : ImportFields::all())
        m_columns[size_t(field)] = mapping.column(field);
    m_engagementUnit = mapping.percentUnit(ImportField::EngagementRate);
    m_authenticityUnit = mapping.percentUnit(ImportField::Authenticity);
    m_engagementCounts = mapping.holdsCounts(ImportField::EngagementRate);
    m_engagementShares = mapping.holdsShares(ImportField::EngagementRate);
    m_authenticityShares = mapping.holdsShares(ImportField::Authenticity);
    m_sampled[0] = mapping.sampled(ImportField::EngagementRate);
    m_sampled[1] = mapping.sampled(ImportField::Authenticity);
}

QStringView ImportRowReader::text(const CsvRecord &record, ImportField field) const
{
    return view(record, m_columns[size_t(field)]);
}

QString ImportRowReader::cell(const CsvRecord &record, ImportField field) const
{
    QStringView text = view(record, m_columns[size_t(field)]);
    // Several category columns: one list of niches.
    QString merged;
    if (field == ImportField::Niches && !m_extraNiches.isEmpty()) {
        merged = text.toString();
        for (const qsizetype column : m_extraNiches) {
            const QStringView more = view(record, column);
            if (!more.isEmpty())
                merged += (merged.isEmpty() ? QString() : QStringLiteral(" | ")) + more;
        }
        text = merged;
    }
    // A NUL is no character of a name or note, and SQLite ends text at the first one in
    // length() and in the checks built on it: a file's NULs are dropped.
    QString withoutNul;
    if (text.contains(QChar(0))) {
        withoutNul = text.toString().remove(QChar(0)).trimmed();
        text = withoutNul;
    }
    // Exports put an apostrophe before text that looks like a formula ('=1+1, '@maya):
    // read back what was meant.
    if (text.startsWith(QLatin1Char('\'')))
        return CsvWriter::restoreNeutralised(text.toString());
    return text.toString();
}

bool ImportRowReader::refuse(RowFault *fault, ImportField field, const QString &reason) const
{
    fault->column = m_columns[size_t(field)];
    fault->field = ImportFields::name(field);
    fault->reason = reason;
    return false;
}

void ImportRowReader::warn(ImportedRow *row, ImportField field, const QString &reason) const
{
    row->warnings.append({m_columns[size_t(field)], ImportFields::name(field), reason});
}

bool ImportRowReader::read(const CsvRecord &record, ImportedRow *row, RowFault *fault)
{
    *row = ImportedRow();
    row->candidate.channels.append(Channel());
    if (!readIdentity(record, row, fault))
        return false;
    if (!readFollowers(record, row, fault))
        return false;
    readKind(record, row);
    readFigures(record, row);
    readFee(record, row);
    readLists(record, row);
    readLanguages(record, row);
    checkChannel(row);
    return true;
}

void ImportRowReader::checkChannel(ImportedRow *row) const
{
    // An optional value the editor would refuse is left empty, and said.
    Channel &channel = row->candidate.channels.first();
    for (int tries = 0; tries < 6; ++tries) {
        const auto error = CandidateValidator::validateChannel(channel, -1);
        if (!error)
            return;
        ImportField at = ImportField::Ignored;
        for (const ImportField field : ImportFields::all()) {
            if (ImportFields::key(field) == error->fieldKey)
                at = field;
        }
        switch (at) {
        case ImportField::EngagementRate: channel.engagementRatePct.reset(); break;
        case ImportField::Authenticity: channel.authenticityPct.reset(); break;
        case ImportField::AvgViews: channel.avgViews.reset(); break;
        case ImportField::Fee:
        case ImportField::Currency: channel.fee.reset(); break;
        default: return; // the followers: read() has refused a count it cannot store
        }
        warn(row, at, error->message);
    }
}

bool ImportRowReader::readIdentity(const CsvRecord &record, ImportedRow *row, RowFault *fault)
{
    Candidate &candidate = row->candidate;
    Channel &channel = candidate.channels.first();
    channel.handle = cell(record, ImportField::Handle);
    std::optional<Platform> urlPlatform;
    readProfileUrl(&channel.handle, &urlPlatform);
    QString link = cell(record, ImportField::ProfileUrl);
    if (!link.isEmpty()) {
        std::optional<Platform> linkPlatform;
        if (readProfileUrl(&link, &linkPlatform))
            urlPlatform = linkPlatform;
        if (channel.handle.isEmpty())
            channel.handle = link; // a blog's address is its handle
    }
    candidate.name = cell(record, ImportField::Name);
    row->nameGiven = !candidate.name.isEmpty();
    if (!row->nameGiven && channel.handle.isEmpty()) {
        const ImportField at = m_columns[size_t(ImportField::Name)] >= 0 ? ImportField::Name : ImportField::Handle;
        return refuse(fault, at, tr("a name or a handle is needed"));
    }
    if (!readPlatform(record, urlPlatform, row, fault))
        return false;
    // Accounts on social platforms hold no spaces: such a value is a name ("Cocomelon -
    // Nursery Rhymes"). A Facebook page, a podcast or a TV show goes by its title ("The
    // Learning Lab"), and the program's own export writes it in the handle column.
    QString spaced;
    if (!goesByTitle(channel.platform)
        && std::any_of(channel.handle.cbegin(), channel.handle.cend(), [](QChar c) { return c.isSpace(); }))
        std::swap(spaced, channel.handle);
    if (!row->nameGiven) {
        // An account column alone is name and handle both.
        candidate.name = !spaced.isEmpty() ? spaced
            : channel.handle.startsWith(QLatin1Char('@')) ? channel.handle.mid(1) : channel.handle;
    }
    const QString key = cell(record, ImportField::CandidateKey);
    row->keyed = !key.isEmpty();
    row->groupKey = row->keyed ? key : candidate.name;
    return true;
}

bool ImportRowReader::readPlatform(const CsvRecord &record, const std::optional<Platform> &urlPlatform,
                                   ImportedRow *row, RowFault *fault)
{
    // In this order: the row's platform cell, its profile link, a header naming the
    // platform, the marketer's choice.
    std::optional<Platform> platform;
    const QStringView named = text(record, ImportField::Platform);
    if (!named.isEmpty()) {
        const std::optional<Platform> *known = m_platforms.find(named);
        if (!known)
            known = &m_platforms.add(named, ImportVocabulary::platform(named));
        platform = *known;
        if (!platform && !urlPlatform && !m_headerPlatform && !m_settings.platform)
            return refuse(fault, ImportField::Platform,
                          tr("“%1” is not a platform the program knows (%2)")
                              .arg(named, allPlatformKeys().join(QLatin1String(", "))));
    }
    if (!platform)
        platform = urlPlatform ? urlPlatform : m_headerPlatform ? m_headerPlatform : m_settings.platform;
    if (!platform) {
        const ImportField at = m_columns[size_t(ImportField::Platform)] >= 0 ? ImportField::Platform
                                                                              : ImportField::Handle;
        return refuse(fault, at, tr("no platform: the row, its profile link and the headers do not say one"));
    }
    if (!named.isEmpty() && !m_platforms.find(named)->has_value())
        //: %1 the platform cell, %2 the platform used instead
        warn(row, ImportField::Platform, tr("“%1” is not a platform the program knows: read as %2")
                                             .arg(named, platformKey(*platform)));
    row->candidate.channels.first().platform = *platform;
    return true;
}

void ImportRowReader::readKind(const CsvRecord &record, ImportedRow *row)
{
    Candidate &candidate = row->candidate;
    const QStringView kind = text(record, ImportField::Kind);
    candidate.kind = m_settings.defaultKind;
    if (kind.isEmpty())
        return;
    const std::optional<CandidateKind> *known = m_kinds.find(kind);
    if (!known)
        known = &m_kinds.add(kind, ImportVocabulary::kind(kind));
    if (!*known) {
        warn(row, ImportField::Kind, tr("“%1” is not a kind the program knows (%2): left as %3")
                                         .arg(kind, allKindKeys().join(QLatin1String(", ")),
                                              kindKey(m_settings.defaultKind)));
        return;
    }
    row->kindGiven = true;
    candidate.kind = **known;
}

bool ImportRowReader::readFollowers(const CsvRecord &record, ImportedRow *row, RowFault *fault) const
{
    // An unknown follower count (an empty cell, NULL, N/A and their kin) is stored as unknown,
    // never taken for 0: the row goes in with a warning. A file without the column says so once
    // (CandidateImport::run's note). A count given but unreadable ("nhiều", "12 abc") rejects
    // the row, as a name or handle that cannot be read does: the file says something we cannot
    // tell from a number.
    const qsizetype column = m_columns[size_t(ImportField::Followers)];
    if (column < 0)
        return true;
    // A row cut short before its follower count is damaged, not a candidate of unknown size.
    if (column >= record.size())
        return refuse(fault, ImportField::Followers, tr("the follower count is missing"));
    const QStringView followers = text(record, ImportField::Followers);
    if (followers.isEmpty()) {
        warn(row, ImportField::Followers, tr("no follower count: stored as unknown"));
        return true;
    }
    QString reason;
    const auto count = m_parser.count(followers, &reason);
    if (!count)
        return refuse(fault, ImportField::Followers, reason);
    row->candidate.channels.first().followers = *count;
    row->followersGiven = true;
    return true;
}

void ImportRowReader::readFigures(const CsvRecord &record, ImportedRow *row) const
{
    Channel &channel = row->candidate.channels.first();
    const QStringView views = text(record, ImportField::AvgViews);
    if (!views.isEmpty()) {
        QString reason;
        channel.avgViews = m_parser.count(views, &reason);
        if (!channel.avgViews)
            warn(row, ImportField::AvgViews, reason);
    }
    readRate(record, ImportField::EngagementRate, row);
    readRate(record, ImportField::Authenticity, row);
}

void ImportRowReader::readRate(const CsvRecord &record, ImportField field, ImportedRow *row) const
{
    const QStringView value = text(record, field);
    if (value.isEmpty())
        return;
    Channel &channel = row->candidate.channels.first();
    const bool engagement = field == ImportField::EngagementRate;
    std::optional<double> &target = engagement ? channel.engagementRatePct : channel.authenticityPct;
    QString reason;
    if (engagement && m_engagementCounts) {
        // Engagements per post: a rate through the follower count.
        const auto count = m_parser.count(value, &reason);
        if (!count)
            return warn(row, field, reason);
        if (!channel.followers || *channel.followers <= 0)
            return warn(row, field, tr("engagements per post cannot be made a rate without the followers"));
        target = double(*count) * 100.0 / double(*channel.followers);
        return;
    }
    const ValueParser::PercentUnit headerUnit = engagement ? m_engagementUnit : m_authenticityUnit;
    if (!m_sampled[engagement ? 0 : 1] || headerUnit == ValueParser::PercentUnit::Percent) {
        target = m_parser.percent(value, headerUnit, &reason);
        if (!target)
            warn(row, field, reason);
        return;
    }
    // The column's pattern, from the first rows: shares of one, or percentages.
    target = m_parser.percent(value, ValueParser::PercentUnit::Percent, &reason);
    if (!target)
        return warn(row, field, reason);
    const bool bare = !value.contains(QLatin1Char('%')) && !value.contains(QChar(0x066A));
    const bool shares = engagement ? m_engagementShares : m_authenticityShares;
    if (!bare)
        return;
    if (*target <= 1) {
        // A share of one, as the column writes them; in a column of percentages it breaks
        // the pattern, and is still more likely a share than a rate of 1% or less.
        *target *= 100;
        if (!shares)
            //: %1 the cell, %2 the percentage it was read as
            warn(row, field, tr("“%1” is a share of one where the column's other values are percentages: read as %2%")
                                 .arg(value, QLocale::c().toString(*target, 'g', 6)));
    } else if (shares) {
        //: %1 the cell, read as a percentage
        warn(row, field, tr("“%1” is more than 1 where the column's other values are shares of one: read as %1%")
                             .arg(value));
    }
}

void ImportRowReader::readFee(const CsvRecord &record, ImportedRow *row) const
{
    Channel &channel = row->candidate.channels.first();
    QString reason;
    std::optional<CurrencyUnit> currency = m_fallbackCurrency;
    const QStringView code = text(record, ImportField::Currency);
    if (!code.isEmpty()) {
        const auto named = ValueParser::currency(code, &reason);
        if (named)
            currency = named;
        else
            warn(row, ImportField::Currency, reason);
    }
    const QStringView fee = text(record, ImportField::Fee);
    if (fee.isEmpty())
        return;
    channel.fee = m_parser.money(fee, currency, &reason);
    if (!channel.fee)
        warn(row, ImportField::Fee, reason);
}

void ImportRowReader::readLanguages(const CsvRecord &record, ImportedRow *row) const
{
    const QStringView cell = text(record, ImportField::Languages);
    if (cell.isEmpty())
        return;
    QStringList unreadable;
    row->candidate.channels.first().languages = LanguageWords::codes(cell, &unreadable);
    for (const QString &part : std::as_const(unreadable))
        //: %1 the part of the cell that names no language
        warn(row, ImportField::Languages, tr("“%1” is not a language: left out").arg(part));
}

void ImportRowReader::readLists(const CsvRecord &record, ImportedRow *row)
{
    Candidate &candidate = row->candidate;
    const QString niches = cell(record, ImportField::Niches);
    row->nichesGiven = !niches.isEmpty();
    if (row->nichesGiven) {
        const QStringList *known = m_niches.find(niches);
        candidate.niches = known ? *known : m_niches.add(niches, ImportLists::niches(niches));
    }
    const QString regions = cell(record, ImportField::Regions);
    row->regionsGiven = !regions.isEmpty();
    if (row->regionsGiven) {
        const QStringList *known = m_regions.find(regions);
        candidate.regions = known ? *known : m_regions.add(regions, ImportLists::regions(regions));
    }
    candidate.notes = cell(record, ImportField::Notes);
    row->notesGiven = !candidate.notes.isEmpty();
}

} // namespace planner
