#include "import/headermapping.h"

#include "import/headerwords.h"

#include <QHash>
#include <QRegularExpression>
#include <algorithm>

namespace planner {

namespace {

struct Alias
{
    const char *text; // UTF-8, compared through ImportVocabulary::key()
    ImportField field;
    QLocale::Language language; // AnyLanguage: shared by several languages
    bool ambiguous = false;     // a name or an account: the values decide
};

constexpr auto en = QLocale::English;
constexpr auto vi = QLocale::Vietnamese;
constexpr auto id = QLocale::Indonesian;
constexpr auto fa = QLocale::Persian;
constexpr auto any = QLocale::AnyLanguage;
constexpr bool either = true; // an identity column that may hold the name or the account
constexpr auto H = ImportField::Handle;
constexpr auto none = ImportField::Ignored;

// Header words of platform exports (Modash, HypeAuditor, Upfluence, Kolsquare, Storyclash,
// TikTok Creator Marketplace) and of hand-made sheets; the local words follow the program's
// own translations and the seed articles' vocabulary; beside the identity and platform words
// the results import reads alike (HeaderWords).
const Alias aliases[] = {
    {"display name", ImportField::Name, en}, {"creator name", ImportField::Name, en},
    {"influencer name", ImportField::Name, en}, {"kol name", ImportField::Name, en},
    {"candidate", ImportField::Name, en}, {"họ và tên", ImportField::Name, vi},
    {"tên influencer", ImportField::Name, vi}, {"tên hiển thị", ImportField::Name, vi},
    {"nama influencer", ImportField::Name, id}, {"nama kreator", ImportField::Name, id},
    {"نام کامل", ImportField::Name, fa}, {"اسم", ImportField::Name, fa},
    {"نام و نام خانوادگی", ImportField::Name, fa}, {"نام اینفلوئنسر", ImportField::Name, fa},
    {"title", ImportField::Name, en}, {"channel title", ImportField::Name, en}, {"blogger", ImportField::Name, en},
    {"kol", ImportField::Name, any}, {"koc", ImportField::Name, any},
    {"tên người sáng tạo", ImportField::Name, vi}, {"tên creator", ImportField::Name, vi},
    {"nama kol", ImportField::Name, id}, {"nama creator", ImportField::Name, id}, {"nama tampilan", ImportField::Name, id},
    {"نام نمایشی", ImportField::Name, fa}, {"نام بلاگر", ImportField::Name, fa}, {"بلاگر", ImportField::Name, fa},

    {"username", ImportField::Handle, any},
    {"influencer handle", ImportField::Handle, en}, {"creator handle", ImportField::Handle, en},
    {"influencer username", ImportField::Handle, en}, {"instagram handle", ImportField::Handle, en},
    {"tiktok handle", ImportField::Handle, en}, {"ig handle", ImportField::Handle, en},
    {"user name", H, en}, {"account name", H, en}, {"user", H, en},
    {"screen name", H, en}, {"user id", H, en}, {"nickname", H, en, either}, {"instagram account", H, en},
    {"tiktok account", H, en}, {"tiktok username", H, en}, {"ig username", H, en}, {"ig account", H, en},
    {"instagram username", H, en}, {"youtube handle", H, en}, {"channel handle", H, en},
    {"channel", H, en, either}, {"channel name", H, en, either}, {"channel info", H, en, either},
    {"ig", H, any, either}, {"instagram", H, any, either}, {"insta", H, any, either},
    {"tiktok", H, any, either}, {"tiktok name", H, en, either}, {"tiktoker", H, en, either},
    {"tiktoker name", H, en, either}, {"youtube", H, any, either}, {"youtuber", H, en, either},
    {"youtuber name", H, en, either}, {"youtube channel", H, en, either}, {"youtube name", H, en, either},
    {"instagram name", H, en, either}, {"ig name", H, en, either},
    {"profile", ImportField::ProfileUrl, en}, {"profile url", ImportField::ProfileUrl, en},
    {"profile link", ImportField::ProfileUrl, en}, {"url", ImportField::ProfileUrl, any},
    {"link", ImportField::ProfileUrl, any}, {"instagram link", ImportField::ProfileUrl, en},
    {"instagram url", ImportField::ProfileUrl, en}, {"tiktok link", ImportField::ProfileUrl, en},
    {"tiktok url", ImportField::ProfileUrl, en}, {"youtube link", ImportField::ProfileUrl, en},
    {"youtube url", ImportField::ProfileUrl, en}, {"channel url", ImportField::ProfileUrl, en},
    {"channel link", ImportField::ProfileUrl, en},
    {"tên kênh", H, vi, either}, {"kênh", H, vi, either},
    {"kênh tiktok", H, vi, either}, {"kênh youtube", H, vi, either}, {"tài khoản tiktok", H, vi},
    {"tài khoản instagram", H, vi}, {"tên người dùng", H, vi}, {"id kênh", H, vi},
    {"đường dẫn", ImportField::ProfileUrl, vi}, {"link kênh", ImportField::ProfileUrl, vi},
    {"link tài khoản", ImportField::ProfileUrl, vi},
    {"nama akun", H, id}, {"akun instagram", H, id},
    {"akun tiktok", H, id}, {"username ig", H, id}, {"username instagram", H, id}, {"username tiktok", H, id},
    {"kanal", H, id, either}, {"kanal youtube", H, id, either}, {"saluran", H, id, either},
    {"tautan", ImportField::ProfileUrl, id}, {"tautan profil", ImportField::ProfileUrl, id},
    {"link profil", ImportField::ProfileUrl, id},
    {"شناسه", H, fa}, {"ایدی", H, fa},
    {"حساب کاربری", H, fa}, {"پیج", H, fa, either}, {"آیدی اینستاگرام", H, fa}, {"پیج اینستاگرام", H, fa, either},
    {"کانال", H, fa, either}, {"کانال یوتیوب", H, fa, either}, {"اکانت", H, fa},
    {"لینک", ImportField::ProfileUrl, fa}, {"لینک پیج", ImportField::ProfileUrl, fa},
    {"لینک پروفایل", ImportField::ProfileUrl, fa},

    {"platform", ImportField::Platform, any}, {"network", ImportField::Platform, en},
    {"social network", ImportField::Platform, en}, {"social media", ImportField::Platform, en},
    {"mạng xã hội", ImportField::Platform, vi},
    {"media sosial", ImportField::Platform, id}, {"media", ImportField::Platform, id},
    {"شبکه", ImportField::Platform, fa},

    {"kind", ImportField::Kind, en}, {"type", ImportField::Kind, en}, {"creator type", ImportField::Kind, en},
    {"influencer type", ImportField::Kind, en}, {"role", ImportField::Kind, en},
    {"loại", ImportField::Kind, vi}, {"phân loại", ImportField::Kind, vi}, {"kiểu", ImportField::Kind, vi},
    {"jenis", ImportField::Kind, id}, {"tipe", ImportField::Kind, id}, {"نوع", ImportField::Kind, fa},

    {"followers", ImportField::Followers, en}, {"follower", ImportField::Followers, any},
    {"followers count", ImportField::Followers, en}, {"subscribers", ImportField::Followers, en},
    {"subscriber", ImportField::Followers, any}, {"fans", ImportField::Followers, en},
    {"audience size", ImportField::Followers, en}, {"audience", ImportField::Followers, en},
    {"subscribers count", ImportField::Followers, en}, {"subscriber count", ImportField::Followers, en},
    {"subs", ImportField::Followers, en}, {"fan count", ImportField::Followers, en},
    {"fans count", ImportField::Followers, en}, {"follower count", ImportField::Followers, en},
    {"total followers", ImportField::Followers, en}, {"total subscribers", ImportField::Followers, en},
    {"lượt follow", ImportField::Followers, vi}, {"số follow", ImportField::Followers, vi},
    {"số lượng người theo dõi", ImportField::Followers, vi}, {"số người đăng ký", ImportField::Followers, vi},
    {"người hâm mộ", ImportField::Followers, vi}, {"fan", ImportField::Followers, any},
    {"jumlah followers", ImportField::Followers, id}, {"jumlah subscriber", ImportField::Followers, id},
    {"jumlah pelanggan", ImportField::Followers, id}, {"penggemar", ImportField::Followers, id},
    {"تعداد فالوور", ImportField::Followers, fa}, {"تعداد دنبال‌کننده", ImportField::Followers, fa},
    {"سابسکرایبر", ImportField::Followers, fa}, {"مشترک", ImportField::Followers, fa},
    {"audience country", ImportField::Regions, en}, {"audience location", ImportField::Regions, en},
    {"top audience country", ImportField::Regions, en}, {"audience quality score", ImportField::Authenticity, en},
    {"người theo dõi", ImportField::Followers, vi}, {"lượt theo dõi", ImportField::Followers, vi},
    {"số người theo dõi", ImportField::Followers, vi}, {"người đăng ký", ImportField::Followers, vi},
    {"lượt đăng ký", ImportField::Followers, vi},
    {"pengikut", ImportField::Followers, id}, {"jumlah pengikut", ImportField::Followers, id},
    {"pelanggan", ImportField::Followers, id},
    {"دنبال‌کننده", ImportField::Followers, fa}, {"دنبال‌کنندگان", ImportField::Followers, fa},
    {"دنبال کننده", ImportField::Followers, fa}, {"فالوور", ImportField::Followers, fa},
    {"فالوئر", ImportField::Followers, fa}, {"مخاطبان", ImportField::Followers, fa},
    {"مخاطب", ImportField::Followers, fa}, {"مشترکین", ImportField::Followers, fa},

    {"engagement rate", ImportField::EngagementRate, en}, {"engagement", ImportField::EngagementRate, any},
    {"er", ImportField::EngagementRate, any}, {"eng rate", ImportField::EngagementRate, en},
    {"engagement avg", ImportField::EngagementRate, en}, {"avg engagement", ImportField::EngagementRate, en},
    {"average engagement", ImportField::EngagementRate, en}, {"engagements", ImportField::EngagementRate, en},
    {"engagement per post", ImportField::EngagementRate, en}, {"avg interactions", ImportField::EngagementRate, en},
    {"tương tác trung bình", ImportField::EngagementRate, vi}, {"rata rata interaksi", ImportField::EngagementRate, id},
    {"میانگین تعامل", ImportField::EngagementRate, fa},
    {"tỷ lệ tương tác", ImportField::EngagementRate, vi}, {"tỉ lệ tương tác", ImportField::EngagementRate, vi},
    {"tương tác", ImportField::EngagementRate, vi},
    {"tingkat interaksi", ImportField::EngagementRate, id}, {"tingkat keterlibatan", ImportField::EngagementRate, id},
    {"rasio interaksi", ImportField::EngagementRate, id}, {"interaksi", ImportField::EngagementRate, id},
    {"نرخ تعامل", ImportField::EngagementRate, fa}, {"تعامل", ImportField::EngagementRate, fa},
    {"نرخ انگیجمنت", ImportField::EngagementRate, fa}, {"انگیجمنت", ImportField::EngagementRate, fa},

    {"avg views", ImportField::AvgViews, en}, {"average views", ImportField::AvgViews, en},
    {"views", ImportField::AvgViews, en}, {"avg video views", ImportField::AvgViews, en},
    {"views per video", ImportField::AvgViews, en}, {"average view", ImportField::AvgViews, en},
    {"lượt xem", ImportField::AvgViews, vi}, {"lượt xem trung bình", ImportField::AvgViews, vi},
    {"rata rata tayangan", ImportField::AvgViews, id}, {"tayangan", ImportField::AvgViews, id},
    {"penayangan", ImportField::AvgViews, id},
    {"بازدید", ImportField::AvgViews, fa}, {"میانگین بازدید", ImportField::AvgViews, fa},
    {"ویو", ImportField::AvgViews, fa}, {"views avg", ImportField::AvgViews, en},
    {"video views avg", ImportField::AvgViews, en}, {"avg views per video", ImportField::AvgViews, en},
    {"median views", ImportField::AvgViews, en}, {"lượt xem tb", ImportField::AvgViews, vi},
    {"rata rata views", ImportField::AvgViews, id}, {"میانگین ویو", ImportField::AvgViews, fa},

    // Lifetime totals and counts of posts: never a per-post average, never followers.
    {"total views", none, en}, {"video views", none, en}, {"views total", none, en},
    {"lifetime views", none, en}, {"channel views", none, en}, {"total likes", none, en}, {"likes", none, en},
    {"total comments", none, en}, {"total hearts", none, en}, {"hearts", none, en}, {"uploads", none, en},
    {"videos", none, en}, {"video count", none, en}, {"videos count", none, en}, {"total videos", none, en},
    {"posts", none, en}, {"posts count", none, en}, {"total posts", none, en}, {"number of posts", none, en},
    {"media count", none, en}, {"rank", none, en}, {"influence score", none, en}, {"following", none, en},
    {"tổng lượt xem", none, vi}, {"tổng lượt thích", none, vi}, {"số video", none, vi}, {"số bài đăng", none, vi},
    {"total tayangan", none, id}, {"jumlah video", none, id}, {"jumlah postingan", none, id},
    {"total suka", none, id}, {"مجموع بازدید", none, fa}, {"کل بازدید", none, fa}, {"تعداد پست", none, fa},
    {"تعداد ویدیو", none, fa}, {"کل لایک", none, fa},

    {"fee", ImportField::Fee, en}, {"price", ImportField::Fee, en}, {"rate", ImportField::Fee, en},
    {"cost", ImportField::Fee, en}, {"rate card", ImportField::Fee, any}, {"price per post", ImportField::Fee, en},
    {"giá", ImportField::Fee, vi}, {"chi phí", ImportField::Fee, vi}, {"phí", ImportField::Fee, vi},
    {"báo giá", ImportField::Fee, vi},
    {"harga", ImportField::Fee, id}, {"tarif", ImportField::Fee, id}, {"biaya", ImportField::Fee, id},
    {"قیمت", ImportField::Fee, fa}, {"تعرفه", ImportField::Fee, fa}, {"هزینه", ImportField::Fee, fa},
    {"مبلغ", ImportField::Fee, fa},

    {"currency", ImportField::Currency, en}, {"ccy", ImportField::Currency, en},
    {"tiền tệ", ImportField::Currency, vi}, {"đơn vị tiền", ImportField::Currency, vi},
    {"mata uang", ImportField::Currency, id}, {"واحد پول", ImportField::Currency, fa},
    {"ارز", ImportField::Currency, fa},

    {"authenticity", ImportField::Authenticity, en}, {"audience quality", ImportField::Authenticity, en},
    {"real followers", ImportField::Authenticity, en}, {"authentic followers", ImportField::Authenticity, en},
    {"credibility", ImportField::Authenticity, en}, {"audience credibility", ImportField::Authenticity, en},
    {"quality score", ImportField::Authenticity, en},
    {"độ thật", ImportField::Authenticity, vi}, {"người theo dõi thật", ImportField::Authenticity, vi},
    {"chất lượng khán giả", ImportField::Authenticity, vi},
    {"keaslian", ImportField::Authenticity, id}, {"kualitas audiens", ImportField::Authenticity, id},
    {"pengikut asli", ImportField::Authenticity, id},
    {"اصالت", ImportField::Authenticity, fa}, {"کیفیت مخاطب", ImportField::Authenticity, fa},
    {"فالوور واقعی", ImportField::Authenticity, fa},

    {"niche", ImportField::Niches, any}, {"niches", ImportField::Niches, en}, {"category", ImportField::Niches, en},
    {"categories", ImportField::Niches, en}, {"topic", ImportField::Niches, en}, {"topics", ImportField::Niches, en},
    {"vertical", ImportField::Niches, en}, {"industry", ImportField::Niches, en},
    {"lĩnh vực", ImportField::Niches, vi}, {"ngách", ImportField::Niches, vi}, {"chủ đề", ImportField::Niches, vi},
    {"danh mục", ImportField::Niches, vi}, {"ngành", ImportField::Niches, vi},
    {"kategori", ImportField::Niches, id}, {"topik", ImportField::Niches, id}, {"bidang", ImportField::Niches, id},
    {"دسته‌بندی", ImportField::Niches, fa}, {"دسته بندی", ImportField::Niches, fa}, {"دسته", ImportField::Niches, fa},
    {"حوزه", ImportField::Niches, fa}, {"حوزه‌ها", ImportField::Niches, fa}, {"موضوع", ImportField::Niches, fa},

    {"country", ImportField::Regions, en}, {"region", ImportField::Regions, en}, {"regions", ImportField::Regions, en},
    {"location", ImportField::Regions, en}, {"city", ImportField::Regions, en}, {"market", ImportField::Regions, en},
    {"quốc gia", ImportField::Regions, vi}, {"khu vực", ImportField::Regions, vi}, {"vùng", ImportField::Regions, vi},
    {"thành phố", ImportField::Regions, vi}, {"tỉnh", ImportField::Regions, vi},
    {"negara", ImportField::Regions, id}, {"wilayah", ImportField::Regions, id}, {"lokasi", ImportField::Regions, id},
    {"kota", ImportField::Regions, id}, {"provinsi", ImportField::Regions, id},
    {"کشور", ImportField::Regions, fa}, {"منطقه", ImportField::Regions, fa}, {"مناطق", ImportField::Regions, fa},
    {"شهر", ImportField::Regions, fa}, {"استان", ImportField::Regions, fa},

    {"language", ImportField::Languages, en}, {"languages", ImportField::Languages, en},
    {"content language", ImportField::Languages, en}, {"lang", ImportField::Languages, en},
    {"ngôn ngữ", ImportField::Languages, vi}, {"tiếng", ImportField::Languages, vi},
    {"bahasa", ImportField::Languages, id}, {"bahasa konten", ImportField::Languages, id},
    {"زبان", ImportField::Languages, fa}, {"زبان‌ها", ImportField::Languages, fa}, {"زبانها", ImportField::Languages, fa},
    {"زبان محتوا", ImportField::Languages, fa},

    {"notes", ImportField::Notes, en}, {"note", ImportField::Notes, en},
    {"remarks", ImportField::Notes, en}, {"description", ImportField::Notes, en},
    {"ghi chú", ImportField::Notes, vi}, {"mô tả", ImportField::Notes, vi},
    {"catatan", ImportField::Notes, id}, {"keterangan", ImportField::Notes, id},
    {"یادداشت", ImportField::Notes, fa}, {"توضیحات", ImportField::Notes, fa}, {"ملاحظات", ImportField::Notes, fa},

    {"id", ImportField::CandidateKey, any}, {"candidate id", ImportField::CandidateKey, en},
};

struct Known
{
    ImportField field;
    QLocale::Language language;
    bool ambiguous;
};

ImportField fieldOf(HeaderWords::Meaning meaning)
{
    static const ImportField fields[] = {ImportField::Name, ImportField::Handle, ImportField::Platform};
    return fields[int(meaning)];
}

const QHash<QString, Known> &knownHeaders()
{
    static const QHash<QString, Known> known = [] {
        QHash<QString, Known> table;
        for (const HeaderWords::Word &word : HeaderWords::identityWords()) {
            if (word.candidates)
                table.insert(ImportVocabulary::key(QString::fromUtf8(word.text)), {fieldOf(word.meaning), word.language, false});
        }
        for (const Alias &alias : aliases)
            table.insert(ImportVocabulary::key(QString::fromUtf8(alias.text)), {alias.field, alias.language, alias.ambiguous});
        return table;
    }();
    return known;
}

// A partial match must be long enough not to turn up inside unrelated words.
constexpr qsizetype shortestPrefix = 3;
constexpr qsizetype shortestInside = 5;
constexpr int exactScore = 1000;

} // namespace

ImportField HeaderMapping::recognise(const QString &header, int *score, QLocale::Language *language,
                                     bool *ambiguous)
{
    const QString key = ImportVocabulary::key(header);
    const QHash<QString, Known> &known = knownHeaders();
    const auto exact = known.constFind(key);
    int best = 0;
    Known found{ImportField::Ignored, QLocale::AnyLanguage, false};
    if (exact != known.cend()) {
        best = exactScore;
        found = *exact;
    } else if (!key.isEmpty()) {
        // "Followers count", "Giá (VNĐ)", "engagement_rate_pct": the longest alias the
        // header starts with, or holds when it is long enough.
        for (auto it = known.cbegin(); it != known.cend(); ++it) {
            const qsizetype length = it.key().size();
            const bool matches = (length >= shortestPrefix && key.startsWith(it.key()))
                || (length >= shortestInside && key.contains(it.key()));
            if (matches && length > best) {
                best = int(length);
                found = *it;
            }
        }
    }
    if (score)
        *score = best;
    if (language)
        *language = found.language;
    if (ambiguous)
        *ambiguous = found.ambiguous;
    return found.field;
}

HeaderMapping::HeaderMapping(const QStringList &headers)
    : m_headers(headers)
    , m_fields(headers.size(), ImportField::Ignored)
    , m_ambiguous(headers.size(), false)
{
    QList<int> scores(headers.size(), 0);
    QHash<QLocale::Language, int> votes;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        int score = 0;
        QLocale::Language language = QLocale::AnyLanguage;
        bool ambiguous = false;
        const ImportField field = recognise(headers.at(i), &score, &language, &ambiguous);
        if (field == ImportField::Ignored)
            continue;
        if (language != QLocale::AnyLanguage)
            ++votes[language];
        if (field == ImportField::Name || field == ImportField::Handle) {
            m_identity << i;
            m_ambiguous[i] = ambiguous;
        }
        const qsizetype holder = column(field);
        if (holder >= 0 && scores.at(holder) >= score) {
            if (field == ImportField::Niches)
                m_extraNiches << i;
            continue;
        }
        if (holder >= 0) {
            m_fields[holder] = ImportField::Ignored;
            if (field == ImportField::Niches)
                m_extraNiches << holder;
        }
        m_fields[i] = field;
        scores[i] = score;
    }
    // Two identity columns the headers name alike ("Tiktoker name", "Tiktok name"): the
    // second is the other of name and account until the values say otherwise.
    for (const qsizetype i : std::as_const(m_identity)) {
        if (m_fields.at(i) != ImportField::Ignored)
            continue;
        if (!has(ImportField::Name))
            m_fields[i] = ImportField::Name;
        else if (!has(ImportField::Handle))
            m_fields[i] = ImportField::Handle;
        else
            continue;
        // The headers did not say which is which ("username" and "account"): both are open.
        for (const qsizetype other : std::as_const(m_identity))
            m_ambiguous[other] = true;
    }
    m_language = HeaderWords::mostVoted(votes);
}

ImportField HeaderMapping::field(qsizetype column) const
{
    return column >= 0 && column < m_fields.size() ? m_fields.at(column) : ImportField::Ignored;
}

void HeaderMapping::setField(qsizetype column, ImportField field)
{
    if (column < 0 || column >= m_fields.size())
        return;
    m_extraNiches.removeAll(column);
    if (field != ImportField::Ignored) {
        const qsizetype holder = this->column(field);
        if (holder >= 0)
            m_fields[holder] = ImportField::Ignored;
    }
    m_fields[column] = field;
}

qsizetype HeaderMapping::column(ImportField field) const
{
    return field == ImportField::Ignored ? -1 : m_fields.indexOf(field);
}

ValueParser::PercentUnit HeaderMapping::percentUnit(ImportField field) const
{
    const qsizetype at = column(field);
    if (at < 0)
        return ValueParser::PercentUnit::Auto;
    const QString header = m_headers.at(at);
    const QString key = ImportVocabulary::key(header);
    const bool percent = header.contains(QLatin1Char('%')) || header.contains(QChar(0x066A))
        || key.contains(QLatin1String("pct")) || key.contains(QLatin1String("percent"))
        || key.contains(QLatin1String("phantram")) || key.contains(QLatin1String("persen"))
        || key.contains(ImportVocabulary::key(QStringLiteral("درصد")));
    return percent ? ValueParser::PercentUnit::Percent : ValueParser::PercentUnit::Auto;
}

std::optional<CurrencyUnit> HeaderMapping::headerCurrency(ImportField field) const
{
    const qsizetype at = column(field);
    if (at < 0)
        return std::nullopt;
    return HeaderWords::bracketCurrency(m_headers.at(at));
}

QString HeaderMapping::missing() const
{
    if (!has(ImportField::Name) && !has(ImportField::Handle) && !has(ImportField::ProfileUrl))
        return tr("No column holds the name or the handle of the candidates.");
    return {};
}

std::optional<Platform> HeaderMapping::headerPlatform() const
{
    static const QList<std::pair<QString, Platform>> words{
        {QStringLiteral("ig"), Platform::Instagram},        {QStringLiteral("insta"), Platform::Instagram},
        {QStringLiteral("instagram"), Platform::Instagram}, {QStringLiteral("tiktok"), Platform::TikTok},
        {QStringLiteral("tiktoker"), Platform::TikTok},     {QStringLiteral("youtube"), Platform::YouTube},
        {QStringLiteral("youtuber"), Platform::YouTube},    {QStringLiteral("yt"), Platform::YouTube},
        {QStringLiteral("facebook"), Platform::Facebook},   {QStringLiteral("fb"), Platform::Facebook},
        {QStringLiteral("twitter"), Platform::X},           {QStringLiteral("linkedin"), Platform::LinkedIn}};
    static const QList<std::pair<QString, Platform>> persian{
        {ImportVocabulary::key(u"اینستاگرام"), Platform::Instagram}, {ImportVocabulary::key(u"اینستا"), Platform::Instagram},
        {ImportVocabulary::key(u"تیک‌تاک"), Platform::TikTok},       {ImportVocabulary::key(u"یوتیوب"), Platform::YouTube},
        {ImportVocabulary::key(u"فیسبوک"), Platform::Facebook}};
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    std::optional<Platform> found;
    for (qsizetype i = 0; i < m_headers.size(); ++i) {
        const ImportField field = m_fields.at(i);
        if (field != ImportField::Name && field != ImportField::Handle && field != ImportField::Followers
            && field != ImportField::ProfileUrl)
            continue;
        std::optional<Platform> named;
        for (const QString &word : m_headers.at(i).toLower().split(separators, Qt::SkipEmptyParts)) {
            for (const auto &[text, platform] : words) {
                if (word == text)
                    named = platform;
            }
        }
        const QString key = ImportVocabulary::key(m_headers.at(i));
        for (const auto &[text, platform] : persian) {
            if (key.contains(text))
                named = platform;
        }
        if (named && found && *named != *found)
            return std::nullopt;
        if (named)
            found = named;
    }
    return found;
}

HeaderMapping::Shape HeaderMapping::shape(ImportField field) const
{
    const qsizetype at = column(field);
    return at >= 0 && at < m_shapes.size() ? m_shapes.at(at) : Shape();
}

HeaderMapping::Shape HeaderMapping::measure(qsizetype column, const QList<QStringList> &rows,
                                            const ValueParser &parser) const
{
    Shape shape;
    int counts = 0;
    int shares = 0;
    int bare = 0;
    QString reason;
    for (const QStringList &row : rows) {
        const QStringView text = QStringView(row.value(column)).trimmed();
        if (text.isEmpty() || ValueParser::isMissing(text))
            continue;
        ++shape.values;
        if (std::any_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); }))
            ++shape.spaced;
        // A number is short: long text (names, notes) is not read as one.
        if (text.size() > 40 || !std::any_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); }))
            continue;
        const bool percentSign = text.contains(QLatin1Char('%')) || text.contains(QChar(0x066A));
        const bool suffixed = std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetter(); });
        if (!percentSign && suffixed && parser.count(text, &reason)) {
            // "383.1K": a count, never a rate.
            ++shape.numbers;
            ++counts;
            continue;
        }
        const auto percent = parser.percent(text, ValueParser::PercentUnit::Percent, &reason);
        if (!percent)
            continue;
        ++shape.numbers;
        if (percentSign)
            continue; // "3.4%" says its unit: only bare numbers show the column's pattern
        ++bare;
        if (*percent <= 1)
            ++shares;
        else if (*percent > 100)
            ++counts;
    }
    shape.counts = shape.numbers > 0 && counts * 2 > shape.numbers;
    shape.shares = bare > 0 && !shape.counts && shares * 4 >= bare * 3;
    return shape;
}

void HeaderMapping::settle(const QList<QStringList> &rows, DecimalMark mark)
{
    const ValueParser parser(mark);
    m_shapes.clear();
    for (qsizetype i = 0; i < m_headers.size(); ++i)
        m_shapes << measure(i, rows, parser);
    settleIdentity();
}

void HeaderMapping::settleIdentity()
{
    const auto spaced = [this](qsizetype at) {
        const Shape &shape = m_shapes.at(at);
        return shape.values > 0 ? double(shape.spaced) / shape.values : 0.0;
    };
    const qsizetype name = column(ImportField::Name);
    const qsizetype handle = column(ImportField::Handle);
    if (name >= 0 && handle >= 0) {
        // Handles hold no spaces: the column with more spaces is the display name.
        if ((m_ambiguous.at(name) || m_ambiguous.at(handle)) && spaced(handle) > spaced(name))
            std::swap(m_fields[name], m_fields[handle]);
    } else if (handle >= 0 && m_ambiguous.at(handle) && spaced(handle) > 0.5) {
        m_fields[handle] = ImportField::Name;
    } else if (name >= 0 && m_ambiguous.at(name) && m_shapes.at(name).values > 0 && spaced(name) == 0) {
        // Only an account column: it is both the name and the handle.
        m_fields[name] = ImportField::Handle;
    }
}

} // namespace planner
