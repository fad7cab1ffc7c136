// The import reads a language column where a file has one (headers and values in English,
// Vietnamese, Indonesian and Persian; codes or names), warns of a language it cannot read
// with its file, line and column, and the candidate exports write the languages so that an
// export imports back the same.
#include "modeltestsupport.h"

#include "csv/csvpreset.h"
#include "export/candidateexport.h"
#include "export/workbookoptions.h"
#include "import/candidateimport.h"
#include "import/languagewords.h"
#include "import/workbooksource.h"

#include <QFileInfo>

namespace planner::test {
namespace {

// On both engines: CandidateImport writes a file with its bulk writer, a server with COPY.
class LanguageImportFixture : public StoreTest
{
protected:
    ImportReport import(const QString &name, const QString &text)
    {
        const QString path = filePath(name);
        EXPECT_TRUE(writeBytes(path, text.toUtf8()));
        return CandidateImport(m_path).run(path, {}, {});
    }

    QHash<QString, QStringList> languagesByHandle(CandidateStore &store) const
    {
        QHash<QString, QStringList> result;
        for (const Candidate &candidate : store.allCandidates()) {
            for (const Channel &channel : candidate.channels)
                result.insert(channel.handle, channel.languages);
        }
        return result;
    }
};

using LanguageImportTest = OnBothBackends<LanguageImportFixture>;
INSTANTIATE_ON_BOTH_BACKENDS(LanguageImportTest);

TEST(LanguageWordsTest, CodesAndNamesInTheFourLanguages)
{
    const auto code = [](const char *text) { return LanguageWords::code(QString::fromUtf8(text)); };
    EXPECT_EQ(code("vi"), QStringLiteral("vi"));
    EXPECT_EQ(code("FA"), QStringLiteral("fa"));
    EXPECT_EQ(code("fas"), QStringLiteral("fa")); // ISO 639-2
    EXPECT_EQ(code("Vietnamese"), QStringLiteral("vi"));
    EXPECT_EQ(code("Tiếng Việt"), QStringLiteral("vi"));
    EXPECT_EQ(code("tieng viet"), QStringLiteral("vi"));
    EXPECT_EQ(code("Bahasa Indonesia"), QStringLiteral("id"));
    EXPECT_EQ(code("Bahasa Inggris"), QStringLiteral("en"));
    EXPECT_EQ(code("Inggris"), QStringLiteral("en"));
    EXPECT_EQ(code("فارسی"), QStringLiteral("fa"));
    EXPECT_EQ(code("انگلیسی"), QStringLiteral("en"));
    EXPECT_EQ(code("Farsi"), QStringLiteral("fa"));
    EXPECT_EQ(code("Tiếng Anh"), QStringLiteral("en"));
    EXPECT_EQ(code("Klingonish"), QString());
    QStringList unreadable;
    EXPECT_EQ(LanguageWords::codes(QString::fromUtf8("Tiếng Việt, English; vi / ??"), &unreadable),
              (QStringList{QStringLiteral("vi"), QStringLiteral("en")}));
    EXPECT_EQ(unreadable, QStringList{QStringLiteral("??")});
}

TEST_P(LanguageImportTest, ALanguageColumnInEachLanguageIsRead)
{
    const ImportReport english = import(QStringLiteral("en.csv"),
        QStringLiteral("Name,Handle,Platform,Followers,Language\n"
                       "Lan,@lan,TikTok,5000,\"Vietnamese, English\"\n"
                       "Sara,@sara,Instagram,7000,fa\n"
                       "Nobody,@nobody,Instagram,7000,\n"));
    EXPECT_EQ(english.imported, 3);
    const ImportReport vietnamese = import(QStringLiteral("vi.csv"), QString::fromUtf8(
        "Tên,Tài khoản,Nền tảng,Người theo dõi,Ngôn ngữ\n"
        "Hà,@ha,TikTok,5000,Tiếng Việt\n"));
    EXPECT_EQ(vietnamese.imported, 1);
    const ImportReport indonesian = import(QStringLiteral("id.csv"), QString::fromUtf8(
        "Nama,Akun,Platform,Pengikut,Bahasa\n"
        "Putri,@putri,TikTok,5000,Bahasa Indonesia\n"));
    EXPECT_EQ(indonesian.imported, 1);
    const ImportReport persian = import(QStringLiteral("fa.csv"), QString::fromUtf8(
        "نام,شناسه,پلتفرم,دنبال‌کننده,زبان\n"
        "نیما,@nima,Instagram,5000,فارسی، انگلیسی\n"));
    EXPECT_EQ(persian.imported, 1);
    const QHash<QString, QStringList> languages = languagesByHandle(*m_store);
    EXPECT_EQ(languages.value(QStringLiteral("@lan")), (QStringList{QStringLiteral("vi"), QStringLiteral("en")}));
    EXPECT_EQ(languages.value(QStringLiteral("@sara")), QStringList{QStringLiteral("fa")});
    EXPECT_TRUE(languages.value(QStringLiteral("@nobody")).isEmpty());
    EXPECT_EQ(languages.value(QStringLiteral("@ha")), QStringList{QStringLiteral("vi")});
    EXPECT_EQ(languages.value(QStringLiteral("@putri")), QStringList{QStringLiteral("id")});
    EXPECT_EQ(languages.value(QStringLiteral("@nima")), (QStringList{QStringLiteral("fa"), QStringLiteral("en")}));
}

TEST_P(LanguageImportTest, AnUnreadableLanguageIsAWarningNamingItsPlace)
{
    const ImportReport report = import(QStringLiteral("odd.csv"),
        QStringLiteral("Name,Handle,Platform,Followers,Languages\n"
                       "Lan,@lan,TikTok,5000,vi\n"
                       "Sara,@sara,Instagram,7000,\"fa, Elvish\"\n"));
    EXPECT_EQ(report.imported, 2);
    EXPECT_EQ(report.rejected, 0);
    ASSERT_EQ(report.warnings.size(), 1);
    const ImportRejection &warning = report.warnings.first();
    EXPECT_TRUE(warning.file.endsWith(QStringLiteral("odd.csv"))) << warning.file.toStdString();
    EXPECT_EQ(warning.line, 3);
    EXPECT_EQ(warning.column, 27); // where the languages cell starts
    EXPECT_EQ(warning.field, QStringLiteral("Languages"));
    EXPECT_TRUE(warning.reason.contains(QStringLiteral("Elvish"))) << warning.reason.toStdString();
    // What could be read is kept.
    EXPECT_EQ(languagesByHandle(*m_store).value(QStringLiteral("@sara")), QStringList{QStringLiteral("fa")});
}

TEST_P(LanguageImportTest, AnExportImportsBackWithItsLanguages)
{
    Channel lan = makeChannel(Platform::TikTok, QStringLiteral("@lan"), 5000);
    lan.languages = {QStringLiteral("vi"), QStringLiteral("en")};
    Channel sara = makeChannel(Platform::Instagram, QStringLiteral("@sara"), 7000);
    sara.languages = {QStringLiteral("fa")};
    Channel unknown = makeChannel(Platform::YouTube, QStringLiteral("@unknown"), 9000);
    ASSERT_TRUE(m_store->add(makeCandidate(QStringLiteral("Lan"), CandidateKind::Kol, {lan, unknown})));
    ASSERT_TRUE(m_store->add(makeCandidate(QStringLiteral("سارا"), CandidateKind::Creator, {sara})));
    const QHash<QString, QStringList> expected = languagesByHandle(*m_store);

    const QString csv = filePath(QStringLiteral("all.csv"));
    const QString xlsx = filePath(QStringLiteral("all.xlsx"));
    Error error;
    ASSERT_TRUE(CandidateExport(*m_store).exportTo(csv, {}, {}, CsvPreset::excel(QLocale(QLocale::Persian)), &error))
        << error.text().toStdString();
    WorkbookOptions titled;
    titled.localizedHeaders = true;
    ASSERT_TRUE(CandidateExport(*m_store).exportWorkbook(xlsx, {}, {}, titled, &error))
        << error.text().toStdString();
    for (const QString &file : {csv, xlsx}) {
        TestDatabase copyPlace; // a database of its own on the same engine
        const QString copy = copyPlace.create(m_backend, m_dir, QFileInfo(file).fileName() + QStringLiteral(".sqlite"));
        ASSERT_FALSE(copy.isEmpty());
        auto database = Database::open(copy, Database::OpenMode::CreateIfMissing, &error);
        ASSERT_TRUE(database) << error.text().toStdString();
        ImportReport report;
        if (file == xlsx) {
            WorkbookSource source;
            ASSERT_TRUE(source.prepare(file, QString(), ImportSettings(), &error)) << error.text().toStdString();
            report = CandidateImport(copy).runWorkbook(source, {}, {});
        } else {
            report = CandidateImport(copy).run(file, {}, {});
        }
        EXPECT_EQ(report.imported, 3) << file.toStdString() << ": " << report.error.text().toStdString();
        EXPECT_EQ(report.rejected, 0) << file.toStdString();
        EXPECT_EQ(report.warningCount, 0) << file.toStdString();
        CandidateStore store(*database);
        EXPECT_EQ(languagesByHandle(store), expected) << file.toStdString();
    }
}

} // namespace
} // namespace planner::test
