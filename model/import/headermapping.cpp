#include "import/headermapping.h"

#include <QHash>
#include <QRegularExpression>

namespace planner {

namespace {

struct Alias
{
    const char *text; // UTF-8, compared through ImportVocabulary::key()
    ImportField field;
    QLocale::Language language; // AnyLanguage: shared by several languages
};

constexpr auto en = QLocale::English;
constexpr auto vi = QLocale::Vietnamese;
constexpr auto id = QLocale::Indonesian;
constexpr auto fa = QLocale::Persian;
constexpr auto any = QLocale::AnyLanguage;

// Header words of platform exports (Modash, HypeAuditor, Upfluence, Kolsquare, Storyclash,
// TikTok Creator Marketplace) and of hand-made sheets; the local words follow the program's
// own translations and the seed articles' vocabulary.
const Alias aliases[] = {
    {"name", ImportField::Name, en}, {"full name", ImportField::Name, en},
    {"display name", ImportField::Name, en}, {"creator name", ImportField::Name, en},
    {"influencer name", ImportField::Name, en}, {"kol name", ImportField::Name, en},
    {"candidate", ImportField::Name, en}, {"influencer", ImportField::Name, en},
    {"tên", ImportField::Name, vi}, {"họ tên", ImportField::Name, vi}, {"họ và tên", ImportField::Name, vi},
    {"tên kol", ImportField::Name, vi}, {"tên influencer", ImportField::Name, vi},
    {"tên hiển thị", ImportField::Name, vi},
    {"nama", ImportField::Name, id}, {"nama lengkap", ImportField::Name, id},
    {"nama influencer", ImportField::Name, id}, {"nama kreator", ImportField::Name, id},
    {"نام", ImportField::Name, fa}, {"نام کامل", ImportField::Name, fa}, {"اسم", ImportField::Name, fa},
    {"نام و نام خانوادگی", ImportField::Name, fa}, {"نام اینفلوئنسر", ImportField::Name, fa},

    {"handle", ImportField::Handle, en}, {"username", ImportField::Handle, any},
    {"influencer handle", ImportField::Handle, en}, {"creator handle", ImportField::Handle, en},
    {"influencer username", ImportField::Handle, en}, {"instagram handle", ImportField::Handle, en},
    {"tiktok handle", ImportField::Handle, en}, {"ig handle", ImportField::Handle, en},
    {"user name", ImportField::Handle, en}, {"account", ImportField::Handle, en},
    {"account name", ImportField::Handle, en}, {"channel name", ImportField::Handle, en},
    {"profile", ImportField::Handle, en}, {"profile url", ImportField::Handle, en},
    {"profile link", ImportField::Handle, en}, {"url", ImportField::Handle, any}, {"link", ImportField::Handle, any},
    {"tài khoản", ImportField::Handle, vi}, {"tên tài khoản", ImportField::Handle, vi},
    {"tên kênh", ImportField::Handle, vi}, {"kênh", ImportField::Handle, vi}, {"đường dẫn", ImportField::Handle, vi},
    {"akun", ImportField::Handle, id}, {"nama akun", ImportField::Handle, id},
    {"nama pengguna", ImportField::Handle, id}, {"tautan", ImportField::Handle, id},
    {"شناسه", ImportField::Handle, fa}, {"نام کاربری", ImportField::Handle, fa}, {"آیدی", ImportField::Handle, fa},
    {"ایدی", ImportField::Handle, fa}, {"حساب", ImportField::Handle, fa}, {"حساب کاربری", ImportField::Handle, fa},
    {"پیج", ImportField::Handle, fa}, {"لینک", ImportField::Handle, fa},

    {"platform", ImportField::Platform, any}, {"network", ImportField::Platform, en},
    {"social network", ImportField::Platform, en}, {"social media", ImportField::Platform, en},
    {"nền tảng", ImportField::Platform, vi}, {"mạng xã hội", ImportField::Platform, vi},
    {"media sosial", ImportField::Platform, id}, {"media", ImportField::Platform, id},
    {"پلتفرم", ImportField::Platform, fa}, {"شبکه", ImportField::Platform, fa},
    {"شبکه اجتماعی", ImportField::Platform, fa},

    {"kind", ImportField::Kind, en}, {"type", ImportField::Kind, en}, {"creator type", ImportField::Kind, en},
    {"influencer type", ImportField::Kind, en}, {"role", ImportField::Kind, en},
    {"loại", ImportField::Kind, vi}, {"phân loại", ImportField::Kind, vi}, {"kiểu", ImportField::Kind, vi},
    {"jenis", ImportField::Kind, id}, {"tipe", ImportField::Kind, id}, {"نوع", ImportField::Kind, fa},

    {"followers", ImportField::Followers, en}, {"follower", ImportField::Followers, any},
    {"followers count", ImportField::Followers, en}, {"subscribers", ImportField::Followers, en},
    {"subscriber", ImportField::Followers, any}, {"fans", ImportField::Followers, en},
    {"audience size", ImportField::Followers, en},
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
    {"ویو", ImportField::AvgViews, fa},

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
};

const QHash<QString, Known> &knownHeaders()
{
    static const QHash<QString, Known> known = [] {
        QHash<QString, Known> table;
        for (const Alias &alias : aliases)
            table.insert(ImportVocabulary::key(QString::fromUtf8(alias.text)), {alias.field, alias.language});
        return table;
    }();
    return known;
}

// A partial match must be long enough not to turn up inside unrelated words.
constexpr qsizetype shortestPrefix = 3;
constexpr qsizetype shortestInside = 5;
constexpr int exactScore = 1000;

} // namespace

ImportField HeaderMapping::recognise(const QString &header, int *score, QLocale::Language *language)
{
    const QString key = ImportVocabulary::key(header);
    const QHash<QString, Known> &known = knownHeaders();
    const auto exact = known.constFind(key);
    int best = 0;
    Known found{ImportField::Ignored, QLocale::AnyLanguage};
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
    return found.field;
}

HeaderMapping::HeaderMapping(const QStringList &headers)
    : m_headers(headers)
    , m_fields(headers.size(), ImportField::Ignored)
{
    QList<int> scores(headers.size(), 0);
    QHash<QLocale::Language, int> votes;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        int score = 0;
        QLocale::Language language = QLocale::AnyLanguage;
        const ImportField field = recognise(headers.at(i), &score, &language);
        if (field == ImportField::Ignored)
            continue;
        if (language != QLocale::AnyLanguage)
            ++votes[language];
        const qsizetype holder = column(field);
        if (holder >= 0 && scores.at(holder) >= score)
            continue;
        if (holder >= 0)
            m_fields[holder] = ImportField::Ignored;
        m_fields[i] = field;
        scores[i] = score;
    }
    int most = 0;
    for (auto it = votes.cbegin(); it != votes.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            m_language = it.key();
        } else if (it.value() == most) {
            m_language = QLocale::AnyLanguage;
        }
    }
}

ImportField HeaderMapping::field(qsizetype column) const
{
    return column >= 0 && column < m_fields.size() ? m_fields.at(column) : ImportField::Ignored;
}

void HeaderMapping::setField(qsizetype column, ImportField field)
{
    if (column < 0 || column >= m_fields.size())
        return;
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
    static const QRegularExpression bracketed(QStringLiteral("[(\\[]([^)\\]]+)[)\\]]"));
    const QRegularExpressionMatch match = bracketed.match(m_headers.at(at));
    return match.hasMatch() ? ImportVocabulary::currency(match.capturedView(1).trimmed()) : std::nullopt;
}

QString HeaderMapping::missing() const
{
    if (has(ImportField::Name) || has(ImportField::Handle))
        return {};
    return tr("No column holds the name or the handle of the candidates: choose which column does.");
}

} // namespace planner
