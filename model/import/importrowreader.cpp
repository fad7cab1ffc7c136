#include "import/importrowreader.h"

#include "import/importlists.h"

#include "storage/candidatevalidator.h"
#include "csv/csvwriter.h"

#include <QRegularExpression>
#include <QUrl>

namespace planner {

namespace {

QStringView view(const CsvRecord &record, qsizetype column)
{
    return column < 0 ? QStringView() : record.field(column).trimmed();
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

} // namespace

ImportRowReader::ImportRowReader(const HeaderMapping &mapping, const ImportSettings &settings,
                                 DecimalMark mark, const std::optional<CurrencyUnit> &fallbackCurrency)
    : m_settings(settings)
    , m_parser(mark)
    , m_fallbackCurrency(fallbackCurrency)
{
    for (const ImportField field : ImportFields::all())
        m_columns[size_t(field)] = mapping.column(field);
    m_engagementUnit = mapping.percentUnit(ImportField::EngagementRate);
    m_authenticityUnit = mapping.percentUnit(ImportField::Authenticity);
}

QString ImportRowReader::cell(const CsvRecord &record, ImportField field) const
{
    QStringView text = view(record, m_columns[size_t(field)]);
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

bool ImportRowReader::read(const CsvRecord &record, ImportedRow *row, RowFault *fault)
{
    *row = ImportedRow();
    Channel channel;
    channel.platform = m_settings.defaultPlatform;
    row->candidate.channels.append(channel);
    if (!readIdentity(record, row, fault))
        return false;
    Channel &read = row->candidate.channels.first();
    if (!readFigures(record, &read, fault) || !readFee(record, &read, fault))
        return false;
    row->followersGiven = !view(record, m_columns[size_t(ImportField::Followers)]).isEmpty();
    readLists(record, row);
    if (const auto error = CandidateValidator::validateChannel(read, -1)) {
        for (const ImportField field : ImportFields::all()) {
            if (ImportFields::key(field) == error->fieldKey)
                return refuse(fault, field, error->message);
        }
        fault->reason = error->text();
        return false;
    }
    return true;
}

bool ImportRowReader::readIdentity(const CsvRecord &record, ImportedRow *row, RowFault *fault)
{
    Candidate &candidate = row->candidate;
    Channel &channel = candidate.channels.first();
    channel.handle = cell(record, ImportField::Handle);
    std::optional<Platform> urlPlatform;
    readProfileUrl(&channel.handle, &urlPlatform);
    candidate.name = cell(record, ImportField::Name);
    row->nameGiven = !candidate.name.isEmpty();
    if (!row->nameGiven) {
        candidate.name = channel.handle.startsWith(QLatin1Char('@')) ? channel.handle.mid(1) : channel.handle;
        if (candidate.name.isEmpty()) {
            const ImportField at = m_columns[size_t(ImportField::Name)] >= 0 ? ImportField::Name : ImportField::Handle;
            return refuse(fault, at, tr("a name or a handle is needed"));
        }
    }
    const QStringView platform = view(record, m_columns[size_t(ImportField::Platform)]);
    if (!platform.isEmpty()) {
        const std::optional<Platform> *known = m_platforms.find(platform);
        if (!known)
            known = &m_platforms.add(platform, ImportVocabulary::platform(platform));
        if (!*known)
            return refuse(fault, ImportField::Platform,
                          tr("“%1” is not a platform the program knows (%2)")
                              .arg(platform, allPlatformKeys().join(QLatin1String(", "))));
        channel.platform = **known;
    } else if (urlPlatform) {
        channel.platform = *urlPlatform;
    }
    const QStringView kind = view(record, m_columns[size_t(ImportField::Kind)]);
    row->kindGiven = !kind.isEmpty();
    candidate.kind = m_settings.defaultKind;
    if (row->kindGiven) {
        const std::optional<CandidateKind> *known = m_kinds.find(kind);
        if (!known)
            known = &m_kinds.add(kind, ImportVocabulary::kind(kind));
        if (!*known)
            return refuse(fault, ImportField::Kind,
                          tr("“%1” is not a kind the program knows (%2)")
                              .arg(kind, allKindKeys().join(QLatin1String(", "))));
        candidate.kind = **known;
    }
    const QString key = cell(record, ImportField::CandidateKey);
    row->keyed = !key.isEmpty();
    row->groupKey = row->keyed ? key : candidate.name;
    return true;
}

bool ImportRowReader::readFigures(const CsvRecord &record, Channel *channel, RowFault *fault) const
{
    QString reason;
    const auto text = [&](ImportField field) { return view(record, m_columns[size_t(field)]); };
    if (!text(ImportField::Followers).isEmpty()) {
        const auto followers = m_parser.count(text(ImportField::Followers), &reason);
        if (!followers)
            return refuse(fault, ImportField::Followers, reason);
        channel->followers = *followers;
    }
    if (!text(ImportField::AvgViews).isEmpty()) {
        channel->avgViews = m_parser.count(text(ImportField::AvgViews), &reason);
        if (!channel->avgViews)
            return refuse(fault, ImportField::AvgViews, reason);
    }
    for (const ImportField field : {ImportField::EngagementRate, ImportField::Authenticity}) {
        if (text(field).isEmpty())
            continue;
        const auto unit = field == ImportField::EngagementRate ? m_engagementUnit : m_authenticityUnit;
        const auto percent = m_parser.percent(text(field), unit, &reason);
        if (!percent)
            return refuse(fault, field, reason);
        (field == ImportField::EngagementRate ? channel->engagementRatePct : channel->authenticityPct) = percent;
    }
    return true;
}

bool ImportRowReader::readFee(const CsvRecord &record, Channel *channel, RowFault *fault) const
{
    QString reason;
    std::optional<CurrencyUnit> currency = m_fallbackCurrency;
    const QStringView code = view(record, m_columns[size_t(ImportField::Currency)]);
    if (!code.isEmpty()) {
        currency = ValueParser::currency(code, &reason);
        if (!currency)
            return refuse(fault, ImportField::Currency, reason);
    }
    const QStringView fee = view(record, m_columns[size_t(ImportField::Fee)]);
    if (fee.isEmpty())
        return true;
    channel->fee = m_parser.money(fee, currency, &reason);
    return channel->fee || refuse(fault, ImportField::Fee, reason);
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
