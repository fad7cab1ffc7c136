// Whole imports of the legacy-encoded files in tests/data/import (made by
// make-legacy-encodings.py there): the stored names keep their letters, regions are codes,
// niches are whole, and the report says which code page was assumed.
#include "modeltestsupport.h"

#include "import/candidateimport.h"

namespace planner::test {

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(PLANNER_TEST_DATA_DIR "/import/") + QString::fromLatin1(name);
}

} // namespace

// On both engines: CandidateImport writes a file with its bulk writer, a server with COPY.
class LegacyEncodingImportFixture : public StoreTest
{
protected:
    // The sample files say no platform: the marketer's choice gives it.
    ImportReport import(const char *name, ImportSettings settings = {})
    {
        if (!settings.platform)
            settings.platform = Platform::Instagram;
        CandidateImport importer(m_path);
        return importer.run(dataFile(name), HeaderMapping(), settings);
    }

    std::optional<Candidate> stored(const QString &name) const
    {
        for (const Candidate &candidate : m_store->allCandidates()) {
            if (candidate.name == name)
                return candidate;
        }
        return std::nullopt;
    }
};

using LegacyEncodingImportTest = OnBothBackends<LegacyEncodingImportFixture>;
INSTANTIATE_ON_BOTH_BACKENDS(LegacyEncodingImportTest);

TEST_P(LegacyEncodingImportTest, AWindows1252FileGoesInWithItsLettersCountriesAndNiches)
{
    ImportSettings settings;
    settings.currency = CurrencyUnit{QStringLiteral("EUR"), 1};
    const ImportReport report = import("windows-1252.csv", settings);
    ASSERT_FALSE(report.failed()) << report.error.text().toStdString();
    EXPECT_EQ(report.encoding, QStringLiteral("windows-1252"));
    EXPECT_TRUE(report.encodingAssumed);
    EXPECT_EQ(report.imported, 4);
    EXPECT_EQ(report.rejected, 0);

    const auto jose = stored(QStringLiteral("José Muñoz"));
    ASSERT_TRUE(jose);
    EXPECT_EQ(jose->channels.first().followers, 383100);
    EXPECT_EQ(jose->regions, QStringList{QStringLiteral("ES")});
    EXPECT_EQ(jose->niches, QStringList{QStringLiteral("cinema & actors/actresses")});
    EXPECT_EQ(jose->channels.first().fee, Money(125000, QStringLiteral("EUR")));

    const auto zoe = stored(QStringLiteral("Zoë Brontë"));
    ASSERT_TRUE(zoe);
    EXPECT_EQ(zoe->channels.first().followers, 228000);
    EXPECT_EQ(zoe->regions, QStringList{QStringLiteral("RU")});
    EXPECT_EQ(zoe->niches, (QStringList{QStringLiteral("beauty"), QStringLiteral("fashion")}));
    EXPECT_EQ(zoe->channels.first().fee, Money(12000, QStringLiteral("GBP")));

    const auto francois = stored(QStringLiteral("François Güell"));
    ASSERT_TRUE(francois);
    EXPECT_EQ(francois->channels.first().followers, 12500);
    EXPECT_EQ(francois->regions, QStringList{QStringLiteral("BR")});
    EXPECT_TRUE(francois->niches.isEmpty());

    const auto bjorn = stored(QStringLiteral("Björn Ångström"));
    ASSERT_TRUE(bjorn);
    EXPECT_EQ(bjorn->channels.first().followers, 1200000);
    EXPECT_TRUE(bjorn->regions.isEmpty()); // "N/A" is no place
    EXPECT_EQ(bjorn->niches, (QStringList{QStringLiteral("travel"), QStringLiteral("food")}));
}

TEST_P(LegacyEncodingImportTest, AVietnameseWindows1258FileGoesInComposed)
{
    const ImportReport report = import("windows-1258-vi.csv");
    ASSERT_FALSE(report.failed()) << report.error.text().toStdString();
    EXPECT_EQ(report.encoding, QStringLiteral("windows-1258"));
    EXPECT_TRUE(report.encodingAssumed);
    EXPECT_EQ(report.imported, 3);

    const auto huong = stored(QStringLiteral("Nguyễn Thị Hương"));
    ASSERT_TRUE(huong);
    EXPECT_EQ(huong->channels.first().handle, QStringLiteral("@huongnguyen"));
    EXPECT_EQ(huong->channels.first().followers, 15000);
    EXPECT_EQ(huong->regions, QStringList{QStringLiteral("VN")});
    EXPECT_EQ(huong->niches, (QStringList{QStringLiteral("beauty"), QStringLiteral("fashion")}));

    const auto duc = stored(QStringLiteral("Trần Văn Đức"));
    ASSERT_TRUE(duc);
    EXPECT_EQ(duc->channels.first().followers, 1200000);
    EXPECT_EQ(duc->regions, (QStringList{QStringLiteral("VN-HN"), QStringLiteral("VN")}));
    EXPECT_EQ(duc->niches, QStringList{QStringLiteral("food")});

    const auto duyen = stored(QStringLiteral("Lê Thị Mỹ Duyên"));
    ASSERT_TRUE(duyen);
    EXPECT_EQ(duyen->regions, QStringList{QStringLiteral("JP")});
    EXPECT_EQ(duyen->niches, (QStringList{QStringLiteral("travel"), QStringLiteral("food")}));
}

TEST_P(LegacyEncodingImportTest, APersianWindows1256FileGoesInWithCodesForPlaces)
{
    const ImportReport report = import("windows-1256-fa.csv");
    ASSERT_FALSE(report.failed()) << report.error.text().toStdString();
    EXPECT_EQ(report.encoding, QStringLiteral("windows-1256"));
    EXPECT_EQ(report.imported, 3);

    // windows-1256 has the Arabic yeh only: the names are stored as the bytes say.
    const auto sara = stored(QStringLiteral("سارا کريمي"));
    ASSERT_TRUE(sara);
    EXPECT_EQ(sara->channels.first().followers, 12000);
    EXPECT_EQ(sara->regions, QStringList{QStringLiteral("IR")});
    EXPECT_EQ(sara->niches, (QStringList{QStringLiteral("beauty"), QStringLiteral("fashion")}));

    const auto ali = stored(QStringLiteral("علي رضايي"));
    ASSERT_TRUE(ali);
    EXPECT_EQ(ali->channels.first().followers, 45000);
    EXPECT_EQ(ali->regions, QStringList{QStringLiteral("IR-23")});
    EXPECT_EQ(ali->niches, QStringList{QStringLiteral("sports")});

    const auto maryam = stored(QStringLiteral("مريم احمدي"));
    ASSERT_TRUE(maryam);
    EXPECT_EQ(maryam->regions, QStringList{QStringLiteral("DE")});
}

TEST_P(LegacyEncodingImportTest, AUtf8FileIsNotAssumed)
{
    const QString path = filePath(QStringLiteral("utf8.csv"));
    ASSERT_TRUE(writeBytes(path, QStringLiteral("name,followers\nJosé,100\n").toUtf8()));
    CandidateImport importer(m_path);
    ImportSettings settings;
    settings.platform = Platform::Instagram;
    const ImportReport report = importer.run(path, HeaderMapping(), settings);
    EXPECT_EQ(report.encoding, QStringLiteral("UTF-8"));
    EXPECT_FALSE(report.encodingAssumed);
    EXPECT_EQ(report.imported, 1);
}

} // namespace planner::test
