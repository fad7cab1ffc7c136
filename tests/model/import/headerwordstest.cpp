#include "testsupport.h"

#include "import/headermapping.h"
#include "import/headerwords.h"
#include "import/resultcolumns.h"

namespace planner::test {

namespace {

// What each meaning is to the candidate import and to the results import.
const ImportField fields[] = {ImportField::Name, ImportField::Handle, ImportField::Platform};
const ResultColumn columns[] = {ResultColumn::Name, ResultColumn::Handle, ResultColumn::Platform};

} // namespace

// The shared identity words mean the same column, in the same language, to both imports.
TEST(SharedHeaderWords, BothImportsReadThemAlike)
{
    ASSERT_EQ(HeaderWords::identityWords().size(), 27);
    for (const HeaderWords::Word &word : HeaderWords::identityWords()) {
        const QString header = QString::fromUtf8(word.text);
        SCOPED_TRACE(header.toStdString());
        QLocale::Language resultLanguage = QLocale::C;
        EXPECT_EQ(ResultColumns::recognise(header, &resultLanguage), columns[int(word.meaning)]);
        EXPECT_EQ(resultLanguage, word.language);
        if (!word.candidates)
            continue;
        int score = 0;
        QLocale::Language language = QLocale::C;
        bool ambiguous = true;
        EXPECT_EQ(HeaderMapping::recognise(header, &score, &language, &ambiguous), fields[int(word.meaning)]);
        EXPECT_EQ(score, 1000); // an exact name
        EXPECT_EQ(language, word.language);
        EXPECT_FALSE(ambiguous);
    }
}

// The words only the results import reads so keep the candidate import's own reading.
TEST(SharedHeaderWords, ResultsOnlyWordsKeepTheCandidateReading)
{
    QLocale::Language language = QLocale::C;
    EXPECT_EQ(HeaderMapping::recognise(QStringLiteral("KOL"), nullptr, &language), ImportField::Name);
    EXPECT_EQ(language, QLocale::AnyLanguage);
    // "user name" folds to the same key and comes later in the candidate import's list.
    EXPECT_EQ(HeaderMapping::recognise(QStringLiteral("Username"), nullptr, &language), ImportField::Handle);
    EXPECT_EQ(language, QLocale::English);
    EXPECT_EQ(HeaderMapping::recognise(QStringLiteral("Platform"), nullptr, &language), ImportField::Platform);
    EXPECT_EQ(language, QLocale::AnyLanguage);
    EXPECT_EQ(ResultColumns::recognise(QStringLiteral("KOL"), &language), ResultColumn::Name);
    EXPECT_EQ(language, QLocale::English);
    EXPECT_EQ(ResultColumns::recognise(QStringLiteral("Kreator"), &language), ResultColumn::Name);
    EXPECT_EQ(language, QLocale::Indonesian);
}

TEST(SharedHeaderWords, CurrencyInBrackets)
{
    EXPECT_EQ(HeaderWords::bracketCurrency(QStringLiteral("Giá (VNĐ)")), (CurrencyUnit{QStringLiteral("VND"), 1}));
    EXPECT_EQ(HeaderWords::bracketCurrency(QStringLiteral("Fee [USD]")), (CurrencyUnit{QStringLiteral("USD"), 1}));
    EXPECT_EQ(HeaderWords::bracketCurrency(QStringLiteral("قیمت (تومان)")), (CurrencyUnit{QStringLiteral("IRR"), 10}));
    EXPECT_EQ(HeaderWords::bracketCurrency(QStringLiteral("Fee")), std::nullopt);
    EXPECT_EQ(HeaderWords::bracketCurrency(QStringLiteral("Fee (paid)")), std::nullopt);
    // Both imports read the fee column's header through it.
    EXPECT_EQ(ResultColumns({QStringLiteral("Chi phí (VNĐ)")}).headerCurrency(), (CurrencyUnit{QStringLiteral("VND"), 1}));
    EXPECT_EQ(HeaderMapping({QStringLiteral("Fee [USD]")}).headerCurrency(ImportField::Fee),
              (CurrencyUnit{QStringLiteral("USD"), 1}));
}

TEST(SharedHeaderWords, MostVotedLanguage)
{
    EXPECT_EQ(HeaderWords::mostVoted({}), QLocale::AnyLanguage);
    EXPECT_EQ(HeaderWords::mostVoted({{QLocale::Vietnamese, 2}, {QLocale::Indonesian, 1}}), QLocale::Vietnamese);
    EXPECT_EQ(HeaderWords::mostVoted({{QLocale::Persian, 3}}), QLocale::Persian);
    EXPECT_EQ(HeaderWords::mostVoted({{QLocale::Vietnamese, 2}, {QLocale::Indonesian, 2}}), QLocale::AnyLanguage);
    EXPECT_EQ(HeaderWords::mostVoted({{QLocale::Vietnamese, 1}, {QLocale::Indonesian, 2}, {QLocale::Persian, 2}}),
              QLocale::AnyLanguage);
}

} // namespace planner::test
