// The candidate list exported with its column names in the interface language (Vietnamese,
// Indonesian, Persian), as .xlsx and as CSV, imports back: the import knows the translated
// column names, and the values under them (kind, tier and platform keys, numbers, money)
// stay what the import reads, so a fresh file gets the same candidates and the file they
// came from finds every row stored already.
#include "demo/demodata.h"
#include "export/candidateexport.h"
#include "import/candidateimport.h"
#include "import/workbooksource.h"
#include "languagemanager.h"
#include "storage/campaignfile.h"
#include "storage/candidatestore.h"
#include "testsupport.h"

#include <QScopeGuard>
#include <QTemporaryDir>
#include <memory>

using namespace planner;

namespace {

// What an export carries of a candidate, ids and notes aside, in a comparable line.
QString exportedFacts(const Candidate &candidate)
{
    QStringList channels;
    for (const Channel &channel : candidate.channels) {
        channels << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                        .arg(platformKey(channel.platform), channel.handle)
                        .arg(channel.followers ? QString::number(*channel.followers) : QString())
                        .arg(channel.engagementRatePct ? QString::number(*channel.engagementRatePct) : QString())
                        .arg(channel.avgViews ? QString::number(*channel.avgViews) : QString())
                        .arg(channel.fee ? channel.fee->toDecimalString() + channel.fee->currency() : QString())
                        .arg(channel.authenticityPct ? QString::number(*channel.authenticityPct) : QString());
    }
    channels.sort();
    return QStringList{candidate.name, kindKey(candidate.kind), candidate.niches.join(u'|'),
                       candidate.regions.join(u'|'), channels.join(u';')}
        .join(u'/');
}

QStringList factsOf(const QString &path)
{
    Error error;
    const std::unique_ptr<CampaignFile> file =
        CampaignFile::open(path, Database::OpenMode::ExistingOnly, &error);
    EXPECT_TRUE(file) << error.text().toStdString();
    QStringList facts;
    if (file) {
        for (const Candidate &candidate : file->candidates().allCandidates())
            facts << exportedFacts(candidate);
    }
    facts.sort();
    return facts;
}

ImportReport importInto(const QString &database, const QString &exported)
{
    CandidateImport importer(database);
    if (!exported.endsWith(QLatin1String(".xlsx")))
        return importer.run(exported, HeaderMapping(), ImportSettings());
    WorkbookSource source;
    Error error;
    EXPECT_TRUE(source.prepare(exported, QString(), ImportSettings(), &error)) << error.text().toStdString();
    return importer.runWorkbook(source, HeaderMapping(), ImportSettings());
}

} // namespace

TEST(LocalizedExportTest, TranslatedHeadersImportBackTheSameCandidates)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const auto filePath = [&dir](const QString &name) { return dir.filePath(name); };
    LanguageManager languages;
    const auto backToEnglish = qScopeGuard([&languages] { languages.setLanguage(QStringLiteral("en")); });
    const QString source = filePath(QStringLiteral("source.sqlite"));
    qint64 rows = 0;
    {
        Error error;
        const std::unique_ptr<CampaignFile> file =
            CampaignFile::open(source, Database::OpenMode::CreateIfMissing, &error);
        ASSERT_TRUE(file) << error.text().toStdString();
        ASSERT_TRUE(DemoData::addTo(file->candidates(), &error)) << error.text().toStdString();
    }
    const QStringList sourceFacts = factsOf(source);
    ASSERT_FALSE(sourceFacts.isEmpty());

    for (const QString code : {QStringLiteral("vi"), QStringLiteral("id"), QStringLiteral("fa")}) {
        ASSERT_TRUE(languages.setLanguage(code));
        ASSERT_NE(CandidateExport::titles(), CandidateExport::columns()) << code.toStdString();
        for (const QString format : {QStringLiteral("xlsx"), QStringLiteral("csv")}) {
            SCOPED_TRACE(QString(code + QLatin1Char(' ') + format).toStdString());
            const QString exported = filePath(code + QStringLiteral("-list.") + format);
            {
                Error error;
                const std::unique_ptr<CampaignFile> file =
                    CampaignFile::open(source, Database::OpenMode::ExistingOnly, &error);
                ASSERT_TRUE(file) << error.text().toStdString();
                CandidateExport exporter(file->candidates());
                bool written = false;
                if (format == QLatin1String("xlsx")) {
                    WorkbookOptions options;
                    options.sheetName = code;
                    options.localizedHeaders = true;
                    written = exporter.exportWorkbook(exported, CandidateFilter(), CandidateSort(), options, &error);
                } else {
                    CsvPreset preset = CsvPreset::excel(QLocale());
                    preset.localizedHeaders = true;
                    written = exporter.exportTo(exported, CandidateFilter(), CandidateSort(), preset, &error);
                }
                ASSERT_TRUE(written) << error.text().toStdString();
                rows = exporter.rowsWritten();
            }
            const QString fresh = filePath(code + QStringLiteral("-fresh-") + format + QStringLiteral(".sqlite"));
            {
                Error error;
                ASSERT_TRUE(CampaignFile::open(fresh, Database::OpenMode::CreateIfMissing, &error))
                    << error.text().toStdString();
            }
            const ImportReport imported = importInto(fresh, exported);
            ASSERT_FALSE(imported.failed()) << imported.error.text().toStdString();
            EXPECT_EQ(imported.rejected, 0);
            EXPECT_EQ(imported.warningCount, 0);
            EXPECT_EQ(factsOf(fresh), sourceFacts);
            // Into the file it came from: every row is a channel stored already.
            const ImportReport again = importInto(source, exported);
            EXPECT_EQ(again.imported, 0);
            EXPECT_EQ(again.skipped, rows);
        }
    }
}
