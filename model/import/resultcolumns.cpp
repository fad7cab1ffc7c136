#include "import/resultcolumns.h"

#include "import/headerwords.h"

#include <QHash>
#include <QRegularExpression>

namespace planner {

namespace {

struct Word
{
    const char *text; // UTF-8
    ResultColumn column;
    QLocale::Language language;
};

constexpr auto en = QLocale::English;
constexpr auto vi = QLocale::Vietnamese;
constexpr auto id = QLocale::Indonesian;
constexpr auto fa = QLocale::Persian;

// The headers of platform insights exports and of hand-made result sheets, after the
// identity and platform words the candidate import shares (HeaderWords).
const Word words[] = {
    {"format", ResultColumn::Format, en}, {"post type", ResultColumn::Format, en}, {"content type", ResultColumn::Format, en},
    {"định dạng", ResultColumn::Format, vi}, {"loại bài", ResultColumn::Format, vi},
    {"jenis konten", ResultColumn::Format, id}, {"قالب", ResultColumn::Format, fa}, {"نوع محتوا", ResultColumn::Format, fa},
    {"date", ResultColumn::Date, en}, {"publish time", ResultColumn::Date, en}, {"posted", ResultColumn::Date, en},
    {"post date", ResultColumn::Date, en}, {"publish date", ResultColumn::Date, en},
    {"ngày", ResultColumn::Date, vi}, {"ngày đăng", ResultColumn::Date, vi},
    {"tanggal", ResultColumn::Date, id}, {"tanggal posting", ResultColumn::Date, id},
    {"تاریخ", ResultColumn::Date, fa}, {"تاریخ انتشار", ResultColumn::Date, fa},
    {"reach", ResultColumn::Reach, en}, {"accounts reached", ResultColumn::Reach, en},
    {"tiếp cận", ResultColumn::Reach, vi}, {"lượt tiếp cận", ResultColumn::Reach, vi},
    {"jangkauan", ResultColumn::Reach, id}, {"akun yang dijangkau", ResultColumn::Reach, id},
    {"دسترسی", ResultColumn::Reach, fa}, {"ریچ", ResultColumn::Reach, fa},
    {"impressions", ResultColumn::Impressions, en}, {"lượt hiển thị", ResultColumn::Impressions, vi},
    {"hiển thị", ResultColumn::Impressions, vi}, {"impresi", ResultColumn::Impressions, id},
    {"ایمپرشن", ResultColumn::Impressions, fa}, {"نمایش", ResultColumn::Impressions, fa},
    {"views", ResultColumn::Views, en}, {"video views", ResultColumn::Views, en}, {"plays", ResultColumn::Views, en},
    {"lượt xem", ResultColumn::Views, vi}, {"tayangan", ResultColumn::Views, id}, {"ditonton", ResultColumn::Views, id},
    {"بازدید", ResultColumn::Views, fa}, {"ویو", ResultColumn::Views, fa},
    {"likes", ResultColumn::Likes, en}, {"lượt thích", ResultColumn::Likes, vi}, {"thích", ResultColumn::Likes, vi},
    {"suka", ResultColumn::Likes, id}, {"disukai", ResultColumn::Likes, id},
    {"لایک", ResultColumn::Likes, fa}, {"پسند", ResultColumn::Likes, fa},
    {"comments", ResultColumn::Comments, en}, {"bình luận", ResultColumn::Comments, vi},
    {"komentar", ResultColumn::Comments, id}, {"کامنت", ResultColumn::Comments, fa}, {"نظرات", ResultColumn::Comments, fa},
    {"shares", ResultColumn::Shares, en}, {"chia sẻ", ResultColumn::Shares, vi}, {"lượt chia sẻ", ResultColumn::Shares, vi},
    {"dibagikan", ResultColumn::Shares, id}, {"bagikan", ResultColumn::Shares, id},
    {"اشتراک", ResultColumn::Shares, fa}, {"اشتراک گذاری", ResultColumn::Shares, fa},
    {"saves", ResultColumn::Saves, en}, {"saved", ResultColumn::Saves, en}, {"lượt lưu", ResultColumn::Saves, vi},
    {"disimpan", ResultColumn::Saves, id}, {"simpan", ResultColumn::Saves, id}, {"ذخیره", ResultColumn::Saves, fa},
    {"clicks", ResultColumn::Clicks, en}, {"link clicks", ResultColumn::Clicks, en},
    {"lượt nhấp", ResultColumn::Clicks, vi}, {"nhấp chuột", ResultColumn::Clicks, vi},
    {"klik", ResultColumn::Clicks, id}, {"کلیک", ResultColumn::Clicks, fa},
    {"fee", ResultColumn::Fee, en}, {"fee paid", ResultColumn::Fee, en}, {"cost", ResultColumn::Fee, en},
    {"amount paid", ResultColumn::Fee, en}, {"spend", ResultColumn::Fee, en},
    {"chi phí", ResultColumn::Fee, vi}, {"phí", ResultColumn::Fee, vi}, {"đã trả", ResultColumn::Fee, vi},
    {"biaya", ResultColumn::Fee, id}, {"dibayar", ResultColumn::Fee, id}, {"tarif", ResultColumn::Fee, id},
    {"هزینه", ResultColumn::Fee, fa}, {"مبلغ", ResultColumn::Fee, fa}, {"دستمزد", ResultColumn::Fee, fa},
    {"currency", ResultColumn::Currency, en}, {"tiền tệ", ResultColumn::Currency, vi},
    {"mata uang", ResultColumn::Currency, id}, {"ارز", ResultColumn::Currency, fa}, {"واحد پول", ResultColumn::Currency, fa},
};

ResultColumn columnOf(HeaderWords::Meaning meaning)
{
    static const ResultColumn columns[] = {ResultColumn::Name, ResultColumn::Handle, ResultColumn::Platform};
    return columns[int(meaning)];
}

struct Known
{
    ResultColumn column;
    QLocale::Language language;
};

// The words in compared form, in the order above (a tie between two names inside a header
// goes to the first).
const QList<std::pair<QString, Known>> &known()
{
    static const QList<std::pair<QString, Known>> table = [] {
        QList<std::pair<QString, Known>> result;
        for (const HeaderWords::Word &word : HeaderWords::identityWords())
            result.append({ImportVocabulary::key(QString::fromUtf8(word.text)), {columnOf(word.meaning), word.language}});
        for (const Word &word : words)
            result.append({ImportVocabulary::key(QString::fromUtf8(word.text)), {word.column, word.language}});
        return result;
    }();
    return table;
}

QString withoutBrackets(const QString &header)
{
    static const QRegularExpression bracketed(QStringLiteral("[(\\[][^)\\]]*[)\\]]"));
    return QString(header).remove(bracketed);
}

} // namespace

ResultColumn ResultColumns::recognise(const QString &header, QLocale::Language *language)
{
    const QString folded = ImportVocabulary::key(withoutBrackets(header));
    if (folded.isEmpty())
        return ResultColumn::Ignored;
    const Known *best = nullptr;
    qsizetype bestLength = 0;
    for (const auto &[word, meaning] : known()) {
        if (word == folded) {
            best = &meaning;
            break;
        }
        // A known name inside a longer header ("Lượt tiếp cận bài viết"): the longest one wins.
        if (word.size() >= 4 && word.size() > bestLength && folded.contains(word)) {
            bestLength = word.size();
            best = &meaning;
        }
    }
    if (!best)
        return ResultColumn::Ignored;
    if (language)
        *language = best->language;
    return best->column;
}

ResultColumns::ResultColumns(const QStringList &headers)
    : m_headers(headers)
{
    QHash<QLocale::Language, int> votes;
    for (const QString &header : headers) {
        QLocale::Language language = QLocale::AnyLanguage;
        ResultColumn what = recognise(header, &language);
        // Each figure is held by one column at most: the first that names it.
        if (what != ResultColumn::Ignored && m_columns.contains(what))
            what = ResultColumn::Ignored;
        if (what != ResultColumn::Ignored && language != QLocale::English)
            ++votes[language];
        m_columns << what;
    }
    m_language = HeaderWords::mostVoted(votes);
    if (m_language == QLocale::AnyLanguage && !m_columns.isEmpty() && votes.isEmpty())
        m_language = QLocale::English;
}

qsizetype ResultColumns::column(ResultColumn what) const
{
    return m_columns.indexOf(what);
}

std::optional<CurrencyUnit> ResultColumns::headerCurrency() const
{
    const qsizetype at = column(ResultColumn::Fee);
    if (at < 0)
        return std::nullopt;
    return HeaderWords::bracketCurrency(m_headers.at(at));
}

QString ResultColumns::missing() const
{
    if (!has(ResultColumn::Name) && !has(ResultColumn::Handle))
        return tr("No column holds the name or the handle of the candidates.");
    if (!has(ResultColumn::Date))
        return tr("No column holds the date of the posts.");
    for (ResultColumn what : {ResultColumn::Reach, ResultColumn::Impressions, ResultColumn::Views,
                              ResultColumn::Likes, ResultColumn::Comments, ResultColumn::Shares,
                              ResultColumn::Saves, ResultColumn::Clicks, ResultColumn::Fee}) {
        if (has(what))
            return {};
    }
    return tr("No column holds a result (reach, impressions, views, likes, comments, shares, saves, "
              "clicks or the fee paid).");
}

QString ResultColumns::name(ResultColumn what)
{
    switch (what) {
    case ResultColumn::Ignored: return tr("Ignored");
    case ResultColumn::Name: return tr("Name");
    case ResultColumn::Handle: return tr("Handle");
    case ResultColumn::Platform: return tr("Platform");
    case ResultColumn::Format: return tr("Format");
    case ResultColumn::Date: return tr("Date");
    case ResultColumn::Reach: return tr("Reach");
    case ResultColumn::Impressions: return tr("Impressions");
    case ResultColumn::Views: return tr("Views");
    case ResultColumn::Likes: return tr("Likes");
    case ResultColumn::Comments: return tr("Comments");
    case ResultColumn::Shares: return tr("Shares");
    case ResultColumn::Saves: return tr("Saves");
    case ResultColumn::Clicks: return tr("Clicks");
    case ResultColumn::Fee: return tr("Fee paid");
    case ResultColumn::Currency: return tr("Currency");
    }
    return {};
}

} // namespace planner
