#include "import/headerwords.h"

#include <QRegularExpression>

namespace planner {

namespace HeaderWords {

const QList<Word> &identityWords()
{
    constexpr auto en = QLocale::English;
    constexpr auto vi = QLocale::Vietnamese;
    constexpr auto id = QLocale::Indonesian;
    constexpr auto fa = QLocale::Persian;
    constexpr bool resultsOnly = false;
    static const QList<Word> words{
        {"name", Meaning::Name, en}, {"full name", Meaning::Name, en}, {"creator", Meaning::Name, en},
        {"influencer", Meaning::Name, en}, {"kol", Meaning::Name, en, resultsOnly},
        {"tên", Meaning::Name, vi}, {"họ tên", Meaning::Name, vi}, {"tên kol", Meaning::Name, vi},
        {"nama", Meaning::Name, id}, {"nama lengkap", Meaning::Name, id}, {"kreator", Meaning::Name, id, resultsOnly},
        {"نام", Meaning::Name, fa}, {"اینفلوئنسر", Meaning::Name, fa, resultsOnly},
        {"handle", Meaning::Handle, en}, {"username", Meaning::Handle, en, resultsOnly}, {"account", Meaning::Handle, en},
        {"tài khoản", Meaning::Handle, vi}, {"tên tài khoản", Meaning::Handle, vi},
        {"akun", Meaning::Handle, id}, {"nama pengguna", Meaning::Handle, id},
        {"نام کاربری", Meaning::Handle, fa}, {"حساب", Meaning::Handle, fa}, {"آیدی", Meaning::Handle, fa},
        {"platform", Meaning::Platform, en, resultsOnly}, {"nền tảng", Meaning::Platform, vi},
        {"پلتفرم", Meaning::Platform, fa}, {"شبکه اجتماعی", Meaning::Platform, fa},
    };
    return words;
}

std::optional<CurrencyUnit> bracketCurrency(const QString &header)
{
    static const QRegularExpression bracketed(QStringLiteral("[(\\[]([^)\\]]+)[)\\]]"));
    const QRegularExpressionMatch match = bracketed.match(header);
    return match.hasMatch() ? ImportVocabulary::currency(match.capturedView(1).trimmed()) : std::nullopt;
}

QLocale::Language mostVoted(const QHash<QLocale::Language, int> &votes)
{
    QLocale::Language language = QLocale::AnyLanguage;
    int most = 0;
    for (auto it = votes.cbegin(); it != votes.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            language = it.key();
        } else if (it.value() == most) {
            language = QLocale::AnyLanguage;
        }
    }
    return language;
}

} // namespace HeaderWords

} // namespace planner
