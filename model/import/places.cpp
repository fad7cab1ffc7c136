#include "import/places.h"

#include "import/importvocabulary.h"
#include "import/valueparser.h"

#include <QHash>
#include <QLocale>
#include <QSet>

#include <unicode/uloc.h>

namespace planner {

namespace {

struct Table
{
    QHash<QString, QString> names; // compared form: code
    QSet<QString> codes;           // "VN", "ES"
};

void add(Table *table, QStringView name, const QString &code)
{
    const QString key = ImportVocabulary::key(name);
    if (!key.isEmpty() && !table->names.contains(key))
        table->names.insert(key, code);
    // "Myanmar (Burma)", "Hong Kong SAR China": the name before the brackets too.
    const qsizetype bracket = name.indexOf(QLatin1Char('('));
    if (bracket > 0)
        add(table, name.left(bracket), code);
}

void addCommonForms(Table *table)
{
    // Short forms and cities files write that no territory list holds. UTF-8.
    static const std::pair<const char *, const char *> forms[] = {
        {"USA", "US"}, {"United States of America", "US"}, {"America", "US"}, {"Mỹ", "US"},
        {"Hoa Kỳ", "US"}, {"Amerika", "US"}, {"آمریکا", "US"}, {"امریکا", "US"},
        {"UK", "GB"}, {"Great Britain", "GB"}, {"Britain", "GB"}, {"England", "GB"}, {"Scotland", "GB"},
        {"Wales", "GB"}, {"Anh", "GB"}, {"Inggris", "GB"}, {"انگلیس", "GB"}, {"انگلستان", "GB"},
        {"Korea", "KR"}, {"Hàn Quốc", "KR"}, {"Korea Selatan", "KR"}, {"کره", "KR"}, {"کره جنوبی", "KR"},
        {"Russian Federation", "RU"}, {"Nga", "RU"}, {"روسیه", "RU"}, {"UAE", "AE"}, {"Emirates", "AE"},
        {"امارات", "AE"}, {"KSA", "SA"}, {"Holland", "NL"}, {"Czech Republic", "CZ"}, {"Turkey", "TR"},
        {"Türkiye", "TR"}, {"Ivory Coast", "CI"}, {"Burma", "MM"}, {"Macau", "MO"}, {"Trung Quốc", "CN"},
        {"Nhật", "JP"}, {"Nhật Bản", "JP"}, {"Thái", "TH"}, {"Thái Lan", "TH"},
        // Big cities, to their ISO 3166-2 subdivision.
        {"Hà Nội", "VN-HN"}, {"Hanoi", "VN-HN"}, {"Hồ Chí Minh", "VN-SG"}, {"TP HCM", "VN-SG"},
        {"TP Hồ Chí Minh", "VN-SG"}, {"HCM", "VN-SG"}, {"HCMC", "VN-SG"}, {"Sài Gòn", "VN-SG"},
        {"Saigon", "VN-SG"}, {"Ho Chi Minh City", "VN-SG"}, {"Thành phố Hồ Chí Minh", "VN-SG"},
        {"Đà Nẵng", "VN-DN"}, {"Hải Phòng", "VN-HP"}, {"Cần Thơ", "VN-CT"},
        {"Jakarta", "ID-JK"}, {"DKI Jakarta", "ID-JK"}, {"Bali", "ID-BA"}, {"Jawa Barat", "ID-JB"},
        {"Bandung", "ID-JB"}, {"Jawa Timur", "ID-JI"}, {"Surabaya", "ID-JI"}, {"Yogyakarta", "ID-YO"},
        {"Jogja", "ID-YO"}, {"Medan", "ID-SU"}, {"Tehran", "IR-23"}, {"تهران", "IR-23"},
        {"Kuala Lumpur", "MY-14"}, {"Bangkok", "TH-10"},
    };
    for (const auto &[name, code] : forms)
        add(table, QString::fromUtf8(name), QString::fromLatin1(code));
}

QString icuName(const QString &code, const char *language)
{
    const QByteArray locale = "und_" + code.toLatin1();
    UChar name[128];
    UErrorCode status = U_ZERO_ERROR;
    const int32_t length = uloc_getDisplayCountry(locale.constData(), language, name, 128, &status);
    if (U_FAILURE(status) || status == U_USING_DEFAULT_WARNING || length <= 0)
        return {};
    return QString(reinterpret_cast<const QChar *>(name), length);
}

Table build()
{
    Table table;
    addCommonForms(&table);
    for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
        const auto territory = QLocale::Territory(t);
        const QString code = QLocale::territoryToCode(territory);
        if (code.size() != 2 || !code.at(0).isLetter())
            continue; // "419" (Latin America) and the like are regions of the world
        table.codes.insert(code);
        add(&table, QLocale::territoryToString(territory), code);
    }
    for (const char *const *iso = uloc_getISOCountries(); *iso; ++iso)
        table.codes.insert(QString::fromLatin1(*iso));
    for (const char *language : {"en", "vi", "id", "fa"}) {
        for (const QString &code : std::as_const(table.codes)) {
            const QString name = icuName(code, language);
            if (!name.isEmpty() && name != code)
                add(&table, name, code);
        }
    }
    return table;
}

const Table &table()
{
    static const Table built = build();
    return built;
}

// "VN", "vn", "ID-JK", "IR-23": a territory's code, optionally a subdivision after a dash.
QString asCode(QStringView text)
{
    if (text.size() != 2 && (text.size() < 4 || text.size() > 6 || text.at(2) != QLatin1Char('-')))
        return {};
    const QString upper = text.toString().toUpper();
    if (!table().codes.contains(upper.left(2)))
        return {};
    for (const QChar c : QStringView(upper).mid(3)) {
        if (c.unicode() > 127 || !c.isLetterOrNumber())
            return {};
    }
    return upper;
}

} // namespace

QString Places::lookUp(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (ValueParser::isMissing(trimmed))
        return {};
    const QString code = asCode(trimmed);
    if (!code.isEmpty())
        return code;
    return table().names.value(ImportVocabulary::key(trimmed));
}

QString Places::code(QStringView text)
{
    const QString plain = text.contains(QLatin1Char('<')) ? ValueParser::withoutTags(text) : text.toString();
    if (const QString whole = lookUp(plain); !whole.isEmpty())
        return whole;
    // "Moscow, Russia", "Bandung, Jawa Barat, Indonesia": the last part that names a place.
    const QList<QStringView> parts = QStringView(plain).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (auto part = parts.crbegin(); parts.size() > 1 && part != parts.crend(); ++part) {
        if (const QString found = lookUp(*part); !found.isEmpty())
            return found;
    }
    return {};
}

} // namespace planner
