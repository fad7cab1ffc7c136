#include "import/importvocabulary.h"

#include "domain/currencycode.h"
#include "domain/currencytable.h"
#include "storage/searchterms.h"

#include <QHash>
#include <algorithm>

namespace planner {

namespace {

struct Word
{
    const char *text; // UTF-8
    const char *value;
};

// Keys of a table in compared form; the first value a key gets wins.
QHash<QString, QString> table(std::initializer_list<Word> words)
{
    QHash<QString, QString> result;
    for (const Word &word : words)
        result.insert(ImportVocabulary::key(QString::fromUtf8(word.text)), QString::fromLatin1(word.value));
    return result;
}

const QHash<QString, QString> &platformWords()
{
    static const QHash<QString, QString> words = table({
        {"instagram", "instagram"}, {"ig", "instagram"}, {"insta", "instagram"},
        {"اینستاگرام", "instagram"}, {"اینستا", "instagram"},
        {"tiktok", "tiktok"}, {"tt", "tiktok"}, {"تیک‌تاک", "tiktok"}, {"تیک تاک", "tiktok"},
        {"youtube", "youtube"}, {"yt", "youtube"}, {"یوتیوب", "youtube"}, {"یوتوب", "youtube"},
        {"facebook", "facebook"}, {"fb", "facebook"}, {"فیسبوک", "facebook"}, {"فیس‌بوک", "facebook"},
        {"x", "x"}, {"twitter", "x"}, {"x twitter", "x"}, {"توییتر", "x"}, {"تویتر", "x"}, {"ایکس", "x"},
        {"linkedin", "linkedin"}, {"لینکدین", "linkedin"},
        {"blog", "blog"}, {"website", "blog"}, {"web", "blog"}, {"trang web", "blog"},
        {"وبلاگ", "blog"}, {"بلاگ", "blog"}, {"وب‌سایت", "blog"},
        {"podcast", "podcast"}, {"پادکست", "podcast"},
        {"tv", "tv"}, {"television", "tv"}, {"truyền hình", "tv"}, {"televisi", "tv"}, {"تلویزیون", "tv"},
        {"radio", "radio"}, {"phát thanh", "radio"}, {"رادیو", "radio"},
        {"print", "print"}, {"báo in", "print"}, {"báo", "print"}, {"tạp chí", "print"},
        {"cetak", "print"}, {"media cetak", "print"}, {"koran", "print"}, {"majalah", "print"},
        {"روزنامه", "print"}, {"مجله", "print"}, {"نشریه", "print"}, {"چاپی", "print"},
    });
    return words;
}

const QHash<QString, QString> &kindWords()
{
    static const QHash<QString, QString> words = table({
        {"creator", "creator"}, {"content creator", "creator"}, {"kreator", "creator"},
        {"konten kreator", "creator"}, {"kreator konten", "creator"}, {"pembuat konten", "creator"},
        {"người sáng tạo", "creator"}, {"người sáng tạo nội dung", "creator"},
        {"nhà sáng tạo nội dung", "creator"}, {"nhà sáng tạo", "creator"},
        {"تولیدکننده محتوا", "creator"}, {"تولید کننده محتوا", "creator"}, {"سازنده محتوا", "creator"},
        {"کریتور", "creator"},
        {"influencer", "influencer"}, {"người có ảnh hưởng", "influencer"}, {"اینفلوئنسر", "influencer"},
        {"اینفلوانسر", "influencer"}, {"اینفلوئنسرها", "influencer"},
        {"kol", "kol"}, {"key opinion leader", "kol"}, {"رهبر افکار", "kol"}, {"رهبر فکری", "kol"},
        {"koc", "koc"}, {"key opinion consumer", "koc"}, {"مصرف‌کننده تأثیرگذار", "koc"},
        {"مصرف کننده تاثیرگذار", "koc"},
    });
    return words;
}

const QHash<QString, QString> &nicheWords()
{
    static const QHash<QString, QString> words = table({
        {"auto", "automotive"}, {"cars", "automotive"}, {"ô tô", "automotive"}, {"xe hơi", "automotive"},
        {"otomotif", "automotive"}, {"خودرو", "automotive"},
        {"makeup", "beauty"}, {"cosmetics", "beauty"}, {"skincare", "beauty"}, {"làm đẹp", "beauty"},
        {"mỹ phẩm", "beauty"}, {"sắc đẹp", "beauty"}, {"kecantikan", "beauty"}, {"زیبایی", "beauty"},
        {"آرایش", "beauty"},
        {"giáo dục", "education"}, {"pendidikan", "education"}, {"آموزش", "education"},
        {"giải trí", "entertainment"}, {"hiburan", "entertainment"}, {"سرگرمی", "entertainment"},
        {"thời trang", "fashion"}, {"fesyen", "fashion"}, {"mode", "fashion"}, {"مد", "fashion"},
        {"مد و لباس", "fashion"}, {"فشن", "fashion"},
        {"money", "finance"}, {"tài chính", "finance"}, {"keuangan", "finance"}, {"مالی", "finance"},
        {"gym", "fitness"}, {"thể hình", "fitness"}, {"kebugaran", "fitness"}, {"تناسب اندام", "fitness"},
        {"فیتنس", "fitness"},
        {"cooking", "food"}, {"culinary", "food"}, {"ẩm thực", "food"}, {"đồ ăn", "food"},
        {"kuliner", "food"}, {"makanan", "food"}, {"غذا", "food"}, {"آشپزی", "food"},
        {"game", "gaming"}, {"games", "gaming"}, {"trò chơi", "gaming"}, {"gim", "gaming"},
        {"بازی", "gaming"}, {"گیم", "gaming"},
        {"sức khỏe", "health"}, {"sức khoẻ", "health"}, {"kesehatan", "health"}, {"سلامت", "health"},
        {"lối sống", "lifestyle"}, {"phong cách sống", "lifestyle"}, {"gaya hidup", "lifestyle"},
        {"سبک زندگی", "lifestyle"}, {"لایف استایل", "lifestyle"},
        {"âm nhạc", "music"}, {"musik", "music"}, {"موسیقی", "music"},
        {"mẹ và bé", "parenting"}, {"nuôi dạy con", "parenting"}, {"pengasuhan", "parenting"},
        {"فرزندپروری", "parenting"},
        {"sport", "sports"}, {"thể thao", "sports"}, {"olahraga", "sports"}, {"ورزش", "sports"},
        {"technology", "tech"}, {"công nghệ", "tech"}, {"teknologi", "tech"}, {"فناوری", "tech"},
        {"تکنولوژی", "tech"},
        {"tourism", "travel"}, {"du lịch", "travel"}, {"perjalanan", "travel"}, {"wisata", "travel"},
        {"سفر", "travel"}, {"گردشگری", "travel"},
    });
    return words;
}

const QHash<QString, QString> &regionWords()
{
    static const QHash<QString, QString> words = table({
        {"vietnam", "VN"}, {"viet nam", "VN"}, {"việt nam", "VN"}, {"ویتنام", "VN"},
        {"hà nội", "VN-HN"}, {"hanoi", "VN-HN"}, {"hồ chí minh", "VN-SG"}, {"tp hcm", "VN-SG"},
        {"tp hồ chí minh", "VN-SG"}, {"hcm", "VN-SG"}, {"sài gòn", "VN-SG"}, {"saigon", "VN-SG"},
        {"ho chi minh city", "VN-SG"}, {"đà nẵng", "VN-DN"},
        {"indonesia", "ID"}, {"اندونزی", "ID"}, {"jakarta", "ID-JK"}, {"bali", "ID-BA"},
        {"jawa barat", "ID-JB"}, {"jawa timur", "ID-JI"},
        {"iran", "IR"}, {"ایران", "IR"}, {"tehran", "IR-23"}, {"تهران", "IR-23"},
        {"malaysia", "MY"}, {"singapore", "SG"}, {"thailand", "TH"}, {"philippines", "PH"},
        {"united states", "US"}, {"usa", "US"},
    });
    return words;
}

const QHash<QString, QString> &numberWords()
{
    static const QHash<QString, QString> words = table({
        {"k", "3"}, {"rb", "3"}, {"ribu", "3"}, {"nghìn", "3"}, {"ngàn", "3"}, {"thousand", "3"},
        {"هزار", "3"},
        {"m", "6"}, {"mn", "6"}, {"mio", "6"}, {"million", "6"}, {"jt", "6"}, {"juta", "6"},
        {"tr", "6"}, {"triệu", "6"}, {"میلیون", "6"}, {"ملیون", "6"},
        {"b", "9"}, {"bn", "9"}, {"billion", "9"}, {"miliar", "9"}, {"milyar", "9"}, {"tỷ", "9"},
        {"tỉ", "9"}, {"میلیارد", "9"}, {"ملیارد", "9"},
    });
    return words;
}

const QHash<QString, QString> &currencyWords()
{
    // "IRT:10" is a toman: ten rials.
    static const QHash<QString, QString> words = table({
        {"₫", "VND"}, {"đ", "VND"}, {"vnđ", "VND"}, {"đồng", "VND"},
        {"rp", "IDR"}, {"rupiah", "IDR"},
        {"vnd", "VND"}, {"idr", "IDR"}, {"irr", "IRR"}, {"usd", "USD"}, {"eur", "EUR"},
        {"sgd", "SGD"}, {"myr", "MYR"}, {"thb", "THB"},
        {"$", "USD"}, {"us$", "USD"}, {"dollar", "USD"}, {"dollars", "USD"},
        {"دلار", "USD"}, {"đô", "USD"}, {"đô la", "USD"}, {"dolar", "USD"}, {"€", "EUR"}, {"£", "GBP"},
        {"rm", "MYR"}, {"s$", "SGD"}, {"฿", "THB"}, {"₱", "PHP"}, {"₹", "INR"},
        {"₽", "RUB"}, {"руб", "RUB"}, {"₩", "KRW"}, {"won", "KRW"}, {"¥", "JPY"}, {"yen", "JPY"},
        {"euro", "EUR"}, {"euros", "EUR"}, {"ringgit", "MYR"}, {"baht", "THB"}, {"rupee", "INR"},
        {"rupees", "INR"}, {"pound", "GBP"}, {"pounds", "GBP"},
        {"rial", "IRR"}, {"riyal", "IRR"}, {"ریال", "IRR"},
        {"toman", "IRT:10"}, {"tomans", "IRT:10"}, {"irt", "IRT:10"}, {"تومان", "IRT:10"},
        {"تومن", "IRT:10"},
    });
    return words;
}

std::optional<QString> lookUp(const QHash<QString, QString> &words, QStringView text)
{
    const auto found = words.constFind(ImportVocabulary::key(text));
    if (found == words.cend())
        return std::nullopt;
    return *found;
}

bool isCode(QStringView text)
{
    // "VN", "ID-JK", "IR-23": two letters, optionally a dash and one to three more.
    if (text.size() < 2 || !text.at(0).isLetter() || !text.at(1).isLetter() || text.at(0).unicode() > 127
        || text.at(1).unicode() > 127)
        return false;
    if (text.size() == 2)
        return true;
    if (text.size() < 4 || text.size() > 6 || text.at(2) != QLatin1Char('-'))
        return false;
    for (const QChar c : text.mid(3)) {
        if (c.unicode() > 127 || !c.isLetterOrNumber())
            return false;
    }
    return true;
}

} // namespace

QString ImportVocabulary::key(QStringView text)
{
    // Most words are ASCII ("Rp", "USD", "15K", "Instagram"): no need to decompose them.
    if (std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 128; })) {
        QString ascii;
        ascii.reserve(text.size());
        for (const QChar c : text) {
            if (!c.isSpace() && !c.isPunct())
                ascii += c.toLower();
        }
        return ascii;
    }
    const QString folded = SearchTerms::fold(text.toString());
    QString result;
    result.reserve(folded.size());
    for (const QChar c : folded) {
        // Spaces, dots, dashes and the like carry no meaning here; symbols ($, ₫) do.
        if (c.isSpace() || c.isPunct())
            continue;
        result += c;
    }
    return result;
}

std::optional<Platform> ImportVocabulary::platform(QStringView text)
{
    const auto key = lookUp(platformWords(), text);
    return key ? platformFromKey(*key) : std::nullopt;
}

std::optional<CandidateKind> ImportVocabulary::kind(QStringView text)
{
    const auto key = lookUp(kindWords(), text);
    return key ? kindFromKey(*key) : std::nullopt;
}

std::optional<int> ImportVocabulary::numberWordPower(QStringView word)
{
    const auto power = lookUp(numberWords(), word);
    return power ? std::optional<int>(power->toInt()) : std::nullopt;
}

std::optional<CurrencyUnit> ImportVocabulary::currency(QStringView word)
{
    if (const auto known = lookUp(currencyWords(), word)) {
        if (known->endsWith(QLatin1String(":10")))
            return CurrencyUnit{QStringLiteral("IRR"), 10};
        return CurrencyUnit{*known, 1};
    }
    // Other ISO 4217 codes as they are written, in capitals: "AUD", "KWD". A word in small
    // letters is more likely a word than a currency nobody here uses; "FOO" is no currency.
    const QStringView code = word.trimmed();
    if (isCurrencyCode(code))
        return CurrencyUnit{code.toString(), 1};
    if (const auto symbol = CurrencyTable::codeForSymbol(code))
        return CurrencyUnit{*symbol, 1};
    return std::nullopt;
}

QString ImportVocabulary::nicheKey(QStringView word)
{
    const QString trimmed = word.trimmed().toString();
    if (const auto key = lookUp(nicheWords(), trimmed))
        return *key;
    return trimmed.toLower();
}

std::optional<CurrencyUnit> ImportVocabulary::languageCurrency(QLocale::Language language)
{
    switch (language) {
    case QLocale::Vietnamese: return CurrencyUnit{QStringLiteral("VND"), 1};
    case QLocale::Indonesian: return CurrencyUnit{QStringLiteral("IDR"), 1};
    default: return std::nullopt;
    }
}

QString ImportVocabulary::regionCode(QStringView word)
{
    const QStringView trimmed = word.trimmed();
    if (const auto code = lookUp(regionWords(), trimmed))
        return *code;
    if (isCode(trimmed))
        return trimmed.toString().toUpper();
    return trimmed.toString();
}

} // namespace planner
