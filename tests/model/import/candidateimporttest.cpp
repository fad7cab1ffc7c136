#include "modeltestsupport.h"

#include "storage/candidatebulkwriter.h"
#include "storage/candidatecopywriter.h"
#include "export/candidateexport.h"
#include "import/candidateimport.h"
#include "csv/csvreader.h"
#include "demo/demodata.h"
#include "storage/rowversion.h"

#include <QSqlRecord>
#include <QStringEncoder>

namespace planner::test {

namespace {

// The statement that lists the schema with its indexes: SQLite's own, or the server's
// catalogue of the test's schema.
QString schemaSelect(Backend backend)
{
    if (backend == Backend::SQLite)
        return QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY name");
    return QStringLiteral("SELECT 'table', table_name, column_name, data_type FROM information_schema.columns"
                          " WHERE table_schema = current_schema()"
                          " UNION ALL SELECT 'index', tablename, indexname, indexdef FROM pg_indexes"
                          " WHERE schemaname = current_schema() ORDER BY 1, 2, 3");
}

// Every row of the tables an import writes, in storage order, as text, and the schema with
// its indexes (a bulk import drops and builds them again).
QStringList tableDump(const QSqlDatabase &db, Backend backend)
{
    QStringList rows;
    for (const QString &select : {schemaSelect(backend),
                                  QStringLiteral("SELECT * FROM candidates ORDER BY id"),
                                  QStringLiteral("SELECT * FROM channels ORDER BY id"),
                                  QStringLiteral("SELECT * FROM candidate_search ORDER BY rowid")}) {
        QSqlQuery query(db);
        EXPECT_TRUE(query.exec(select));
        while (query.next()) {
            QStringList values{select};
            for (int i = 0; i < query.record().count(); ++i)
                values << query.value(i).toString();
            rows << values.join(QLatin1Char('|'));
        }
    }
    return rows;
}

} // namespace

// On both engines: CandidateImport writes a file with its bulk writer, a server with COPY.
class CandidateImportFixture : public StoreTest
{
protected:
    QString writeCsv(const QString &name, const QString &text)
    {
        const QString path = filePath(name);
        EXPECT_TRUE(writeBytes(path, text.toUtf8()));
        return path;
    }

    ImportReport import(const QString &path, const ImportSettings &settings = {},
                        const HeaderMapping &mapping = {})
    {
        CandidateImport importer(m_path);
        return importer.run(path, mapping, settings);
    }

    // The one stored candidate whose name is name.
    std::optional<Candidate> stored(const QString &name) const
    {
        std::optional<Candidate> found;
        for (const Candidate &candidate : m_store->allCandidates()) {
            if (candidate.name == name) {
                EXPECT_FALSE(found) << "two candidates named " << name.toStdString();
                found = candidate;
            }
        }
        return found;
    }

    QString largeCsv(int people);

    // Rows enough for three of the writer's batches, so that look-ups come between batches.
    int threeBatches() const
    {
        return 3 * (m_backend == Backend::PostgreSQL ? CandidateCopyWriter::batchSize : CandidateBulkWriter::batchSize);
    }

    // Every index of the database with its definition, in name order: the same before and
    // after an import that dropped them and made them again.
    QString indexDefinitions()
    {
        return queryValue(connection(), m_backend == Backend::PostgreSQL
                              ? QStringLiteral("SELECT string_agg(indexname || ':' || indexdef, ';' ORDER BY indexname)"
                                               " FROM pg_indexes WHERE schemaname = current_schema()")
                              : QStringLiteral("SELECT group_concat(name || ':' || sql, ';') FROM"
                                               " (SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name)"))
            .toString();
    }

    // The names of the candidates a search finds, each once.
    QStringList namesFound(const QString &search)
    {
        CandidateFilter filter;
        filter.search = search;
        QStringList names;
        for (const CandidateRow &row : allRows(*m_store, filter))
            names << row.name;
        names.removeDuplicates();
        return names;
    }

    static QList<qint64> lines(const ImportReport &report)
    {
        QList<qint64> result;
        for (const ImportRejection &rejection : report.rejections)
            result << rejection.line;
        return result;
    }
};

using CandidateImportTest = OnBothBackends<CandidateImportFixture>;
INSTANTIATE_ON_BOTH_BACKENDS(CandidateImportTest);

TEST_P(CandidateImportTest, ImportsEveryValidRowAndReportsEveryRejectedOneWithItsPlace)
{
    const QString path = writeCsv(QStringLiteral("export.csv"),
                                  QStringLiteral("Full name,Username,Platform,Followers,ER,Avg views,Price,Category,Country\n"
                                                 "Maya Putri,@maya,Instagram,1.2M,3.4%,,$250,Beauty,Indonesia\n"
                                                 "Bad Followers,@bad1,TikTok,lots,2%,,,Food,\n"
                                                 "Budi,@budi,TikTok,15K,0.05,8K,250 USD,Kuliner|Travel,ID\n"
                                                 "Bad Platform,@bad2,Friendster,100,,,,,\n"
                                                 "Bad Rate,@bad3,YouTube,100,120%,,,,\n"
                                                 ",,,,,,,,\n"
                                                 "\"Stray \"quote\",@bad4,X,100,,,,,\n"
                                                 "Dewi,@dewi,YouTube,\"12,500\",,\"3,000\",$1.2K,,VN\n"));
    const ImportReport report = import(path);
    EXPECT_FALSE(report.failed()) << report.error.text().toStdString();
    // A bad optional cell (a rate of 120%) loses the value, not the row.
    EXPECT_EQ(report.imported, 4);
    EXPECT_EQ(report.rejected, 3);
    EXPECT_EQ(report.updated + report.skipped, 0);
    ASSERT_EQ(report.rejections.size(), 3);
    EXPECT_EQ(lines(report), (QList<qint64>{3, 5, 8}));
    const ImportRejection &followers = report.rejections.at(0);
    EXPECT_EQ(followers.file, path);
    EXPECT_EQ(followers.column, 28); // where "lots" starts
    EXPECT_EQ(followers.field, QStringLiteral("Followers"));
    EXPECT_TRUE(followers.reason.contains(QStringLiteral("lots")));
    EXPECT_EQ(report.rejections.at(1).field, QStringLiteral("Platform"));
    EXPECT_EQ(report.rejections.at(2).column, 9); // text after the closing quote
    EXPECT_TRUE(report.rejections.at(2).field.isEmpty());
    ASSERT_EQ(report.warningCount, 1);
    ASSERT_EQ(report.warnings.size(), 1);
    EXPECT_EQ(report.warnings.first().line, 6);
    EXPECT_EQ(report.warnings.first().column, 28); // where "120%" starts
    EXPECT_EQ(report.warnings.first().field, QStringLiteral("Engagement rate"));
    const auto badRate = stored(QStringLiteral("Bad Rate"));
    ASSERT_TRUE(badRate);
    EXPECT_FALSE(badRate->channels.first().engagementRatePct);
    EXPECT_EQ(badRate->channels.first().followers, 100);

    const auto maya = stored(QStringLiteral("Maya Putri"));
    ASSERT_TRUE(maya);
    EXPECT_EQ(maya->kind, CandidateKind::Influencer); // no kind column: the default
    ASSERT_EQ(maya->channels.size(), 1);
    const Channel &channel = maya->channels.first();
    EXPECT_EQ(channel.platform, Platform::Instagram);
    EXPECT_EQ(channel.handle, QStringLiteral("@maya"));
    EXPECT_EQ(channel.followers, 1200000);
    EXPECT_DOUBLE_EQ(*channel.engagementRatePct, 3.4);
    EXPECT_FALSE(channel.avgViews);
    EXPECT_EQ(channel.fee, Money(25000, QStringLiteral("USD")));
    EXPECT_EQ(maya->niches, QStringList{QStringLiteral("beauty")});
    EXPECT_EQ(maya->regions, QStringList{QStringLiteral("ID")});
    const auto budi = stored(QStringLiteral("Budi"));
    ASSERT_TRUE(budi);
    EXPECT_DOUBLE_EQ(*budi->channels.first().engagementRatePct, 5.0); // a share
    EXPECT_EQ(budi->channels.first().avgViews, 8000);
    EXPECT_EQ(budi->niches, (QStringList{QStringLiteral("food"), QStringLiteral("travel")}));
    const auto dewi = stored(QStringLiteral("Dewi"));
    ASSERT_TRUE(dewi);
    EXPECT_EQ(dewi->channels.first().followers, 12500);
    EXPECT_EQ(dewi->channels.first().avgViews, 3000);
    EXPECT_EQ(dewi->channels.first().fee, Money(120000, QStringLiteral("USD")));
    // Imported candidates are found by the search like any other.
    CandidateFilter filter;
    filter.search = QStringLiteral("maya");
    EXPECT_EQ(m_store->rowCount(filter), 1);
}

// Found by tests/fuzz/candidateimportfuzzer: a name of NUL characters passed the checks,
// then SQLite's CHECK (length(trim(name)) > 0), whose length() stops at a NUL, refused it
// and with it the whole import.
TEST_P(CandidateImportTest, NulCharactersInTextAreDroppedAndFailNothing)
{
    const QByteArray csv = QByteArrayLiteral("name,handle,platform,followers,notes\n"
                         "\"\0\0\0\",@nul,Instagram,100,\n"
                         "Ma\0ya,@maya,Instagram,200,fine\0print\n"
                         "\0 Budi,@budi,TikTok,300,\n");
    const QString path = filePath(QStringLiteral("nul.csv"));
    ASSERT_TRUE(writeBytes(path, csv));
    const ImportReport report = import(path);
    ASSERT_FALSE(report.failed()) << report.error.text().toStdString();
    EXPECT_EQ(report.imported, 3);
    EXPECT_EQ(report.rejected, 0);
    EXPECT_TRUE(stored(QStringLiteral("nul"))); // no name: the handle's
    ASSERT_TRUE(stored(QStringLiteral("Maya")));
    EXPECT_EQ(stored(QStringLiteral("Maya"))->notes, QStringLiteral("fineprint"));
    EXPECT_TRUE(stored(QStringLiteral("Budi")));

    // Typed or sent some other way, a name that is nothing before its NUL is refused as
    // empty, not by the database.
    Candidate nul = makeCandidate(QStringLiteral(" ") + QChar(0) + QStringLiteral("Dewi"), CandidateKind::Influencer,
                                  {makeChannel(Platform::X, QStringLiteral("@dewi"), 10)});
    Error error;
    EXPECT_FALSE(m_store->add(nul, &error));
    EXPECT_EQ(error.fieldKey, QStringLiteral("name"));
    EXPECT_EQ(count(QStringLiteral("candidates")), 3);
}

TEST_P(CandidateImportTest, VietnameseSheetWithSemicolonsAndDecimalCommas)
{
    const QString path = writeCsv(QStringLiteral("vi.csv"),
                                  QStringLiteral("Tên;Tên tài khoản;Nền tảng;Loại;Người theo dõi;Tỷ lệ tương tác;Giá;Lĩnh vực;Quốc gia\r\n"
                                                 "Nguyễn Thu Hà;@thuha;TikTok;KOL;1,2 triệu;3,5;15 triệu;Làm đẹp;Việt Nam\r\n"
                                                 "Trần Minh;@minh;Instagram;Người sáng tạo nội dung;15 nghìn;4,25%;1.500.000;Ẩm thực;TP.HCM\r\n"
                                                 "Lê Hoàng;@hoang;YouTube;Influencer;12.345;2,5;1.500.000 ₫;Công nghệ;VN\r\n"));
    const ImportReport report = import(path);
    EXPECT_EQ(report.imported, 3) << (report.rejections.isEmpty() ? std::string() : report.rejections.first().text().toStdString());
    const auto ha = stored(QStringLiteral("Nguyễn Thu Hà"));
    ASSERT_TRUE(ha);
    EXPECT_EQ(ha->kind, CandidateKind::Kol);
    EXPECT_EQ(ha->channels.first().platform, Platform::TikTok);
    EXPECT_EQ(ha->channels.first().followers, 1200000);
    EXPECT_DOUBLE_EQ(*ha->channels.first().engagementRatePct, 3.5);
    EXPECT_EQ(ha->channels.first().fee, Money(15000000, QStringLiteral("VND")));
    EXPECT_EQ(ha->niches, QStringList{QStringLiteral("beauty")});
    EXPECT_EQ(ha->regions, QStringList{QStringLiteral("VN")});
    const auto minh = stored(QStringLiteral("Trần Minh"));
    ASSERT_TRUE(minh);
    EXPECT_EQ(minh->kind, CandidateKind::Creator);
    EXPECT_EQ(minh->channels.first().followers, 15000);
    EXPECT_DOUBLE_EQ(*minh->channels.first().engagementRatePct, 4.25);
    EXPECT_EQ(minh->channels.first().fee, Money(1500000, QStringLiteral("VND"))); // đồng by the headers' language
    EXPECT_EQ(minh->regions, QStringList{QStringLiteral("VN-SG")});
    EXPECT_EQ(stored(QStringLiteral("Lê Hoàng"))->channels.first().followers, 12345);
}

TEST_P(CandidateImportTest, IndonesianSheet)
{
    const QString path = writeCsv(QStringLiteral("id.csv"),
                                  QStringLiteral("Nama;Akun;Platform;Jenis;Pengikut;Tingkat interaksi;Harga;Kategori;Negara\n"
                                                 "Putri Lestari;@putri;Instagram;Konten kreator;15 rb;2,5;Rp 1.500.000;Kecantikan;Indonesia\n"
                                                 "Agus;@agus;TikTok;KOC;1,2 jt;0,08;1,2 jt;Kuliner;Jakarta\n"
                                                 "Rizky;@rizky;YouTube;Influencer;250.000;3;Rp 150.000,-;Teknologi;ID\n"));
    const ImportReport report = import(path);
    EXPECT_EQ(report.imported, 3);
    const auto putri = stored(QStringLiteral("Putri Lestari"));
    ASSERT_TRUE(putri);
    EXPECT_EQ(putri->kind, CandidateKind::Creator);
    EXPECT_EQ(putri->channels.first().followers, 15000);
    EXPECT_DOUBLE_EQ(*putri->channels.first().engagementRatePct, 2.5);
    EXPECT_EQ(putri->channels.first().fee, Money(1500000, QStringLiteral("IDR")));
    const auto agus = stored(QStringLiteral("Agus"));
    ASSERT_TRUE(agus);
    EXPECT_EQ(agus->kind, CandidateKind::Koc);
    EXPECT_EQ(agus->channels.first().followers, 1200000);
    EXPECT_DOUBLE_EQ(*agus->channels.first().engagementRatePct, 8.0);
    EXPECT_EQ(agus->channels.first().fee, Money(1200000, QStringLiteral("IDR")));
    EXPECT_EQ(agus->regions, QStringList{QStringLiteral("ID-JK")});
    EXPECT_EQ(stored(QStringLiteral("Rizky"))->channels.first().fee, Money(150000, QStringLiteral("IDR")));
}

TEST_P(CandidateImportTest, PersianSheetInUtf16)
{
    const QString text = QStringLiteral("نام\tنام کاربری\tپلتفرم\tنوع\tدنبال‌کننده\tنرخ تعامل\tقیمت\tدسته‌بندی\tکشور\r\n"
                                        "سارا محمدی\t@sara\tاینستاگرام\tاینفلوئنسر\t۱۲٬۵۰۰\t۳٫۴\t۲۵۰٬۰۰۰ تومان\tسفر\tایران\r\n"
                                        "علی رضایی\t@ali\tیوتیوب\tرهبر افکار\t۱٫۲ میلیون\t٪۲\t۳ میلیون ریال\tفناوری\tتهران\r\n");
    QStringEncoder encoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    const QString path = filePath(QStringLiteral("fa.txt"));
    ASSERT_TRUE(writeBytes(path, encoder.encode(text)));
    const ImportReport report = import(path);
    EXPECT_EQ(report.imported, 2) << (report.rejections.isEmpty() ? std::string() : report.rejections.first().text().toStdString());
    const auto sara = stored(QStringLiteral("سارا محمدی"));
    ASSERT_TRUE(sara);
    EXPECT_EQ(sara->channels.first().platform, Platform::Instagram);
    EXPECT_EQ(sara->channels.first().followers, 12500);
    EXPECT_DOUBLE_EQ(*sara->channels.first().engagementRatePct, 3.4);
    EXPECT_EQ(sara->channels.first().fee, Money(2500000, QStringLiteral("IRR")));
    EXPECT_EQ(sara->niches, QStringList{QStringLiteral("travel")});
    EXPECT_EQ(sara->regions, QStringList{QStringLiteral("IR")});
    const auto ali = stored(QStringLiteral("علی رضایی"));
    ASSERT_TRUE(ali);
    EXPECT_EQ(ali->kind, CandidateKind::Kol);
    EXPECT_EQ(ali->channels.first().followers, 1200000);
    EXPECT_EQ(ali->channels.first().fee, Money(3000000, QStringLiteral("IRR")));
    EXPECT_EQ(ali->regions, QStringList{QStringLiteral("IR-23")});
}

TEST_P(CandidateImportTest, FeesWithoutACurrencyAreLeftEmptyUnlessOneIsKnown)
{
    const QString path = writeCsv(QStringLiteral("fees.csv"),
                                  QStringLiteral("name,handle,platform,followers,fee\nLan,@lan,tiktok,900,250\n"));
    ImportReport report = import(path);
    EXPECT_EQ(report.imported, 1);
    EXPECT_EQ(report.rejected, 0);
    ASSERT_EQ(report.warnings.size(), 1);
    EXPECT_EQ(report.warnings.first().field, QStringLiteral("Fee"));
    EXPECT_EQ(report.warnings.first().column, 21); // where "250" starts
    EXPECT_FALSE(stored(QStringLiteral("Lan"))->channels.first().fee);
    ImportSettings settings;
    settings.currency = CurrencyUnit{QStringLiteral("USD"), 1};
    settings.onDuplicate = DuplicatePolicy::Update;
    report = import(path, settings);
    EXPECT_EQ(report.updated, 1);
    EXPECT_EQ(report.warningCount, 0);
    EXPECT_EQ(stored(QStringLiteral("Lan"))->channels.first().fee, Money(25000, QStringLiteral("USD")));
    // A currency column, or the fee column's header, says it per file.
    const QString column = writeCsv(QStringLiteral("column.csv"),
                                    QStringLiteral("name,handle,followers,fee,currency\nMai,@mai,10,250000,toman\n"));
    settings = ImportSettings();
    settings.platform = Platform::Instagram;
    EXPECT_EQ(import(column, settings).imported, 1);
    EXPECT_EQ(stored(QStringLiteral("Mai"))->channels.first().fee, Money(2500000, QStringLiteral("IRR")));
    const QString header = writeCsv(QStringLiteral("header.csv"),
                                    QStringLiteral("name,handle,followers,Fee (USD)\nNam,@nam,10,1.5K\n"));
    EXPECT_EQ(import(header, settings).imported, 1);
    EXPECT_EQ(stored(QStringLiteral("Nam"))->channels.first().fee, Money(150000, QStringLiteral("USD")));
}

TEST_P(CandidateImportTest, DuplicatesAreSkippedOrUpdatedAsChosen)
{
    Candidate lan = makeCandidate(QStringLiteral("Lan"), CandidateKind::Kol,
                                  {makeChannel(Platform::Instagram, QStringLiteral("@lan"), 5000)},
                                  {QStringLiteral("food")});
    lan.channels.first().engagementRatePct = 4.0;
    ASSERT_TRUE(m_store->add(lan));
    // Lan's two rows make one candidate, who is stored already; the second @hoa repeats
    // the first one of the file itself.
    const QString path = writeCsv(QStringLiteral("again.csv"),
                                  QStringLiteral("name,handle,platform,followers,engagement rate,niche\n"
                                                 "Lan Nguyen,lan,instagram,7000,,beauty\n"
                                                 "Lan Nguyen,@lan,tiktok,9000,,\n"
                                                 "Hoa,@hoa,instagram,100,,\n"
                                                 "Hoa again,@hoa,instagram,200,,\n"));
    ImportReport report = import(path);
    EXPECT_EQ(report.skipped, 3);
    EXPECT_EQ(report.imported, 1);
    EXPECT_EQ(stored(QStringLiteral("Lan"))->channels.size(), 1);
    EXPECT_EQ(stored(QStringLiteral("Lan"))->channels.first().followers, 5000);
    EXPECT_EQ(stored(QStringLiteral("Hoa"))->channels.first().followers, 100);

    ImportSettings update;
    update.onDuplicate = DuplicatePolicy::Update;
    report = import(path, update);
    EXPECT_EQ(report.updated, 4);
    EXPECT_EQ(report.imported, 0);
    EXPECT_FALSE(stored(QStringLiteral("Lan")));
    const auto renamed = stored(QStringLiteral("Lan Nguyen"));
    ASSERT_TRUE(renamed);
    EXPECT_EQ(renamed->kind, CandidateKind::Kol);               // no kind column: kept
    EXPECT_EQ(renamed->niches, QStringList{QStringLiteral("beauty")});
    ASSERT_EQ(renamed->channels.size(), 2); // the TikTok channel joined the stored candidate
    EXPECT_EQ(renamed->channels.first().followers, 7000);
    EXPECT_EQ(renamed->channels.at(1).platform, Platform::TikTok);
    EXPECT_DOUBLE_EQ(*renamed->channels.first().engagementRatePct, 4.0); // empty cell: kept
    EXPECT_EQ(stored(QStringLiteral("Hoa again"))->channels.first().followers, 200);
    CandidateFilter filter;
    filter.search = QStringLiteral("nguyen");
    EXPECT_EQ(m_store->rowCount(filter), 2); // the renamed Lan's two channels
}

TEST_P(CandidateImportTest, RowsOfOneCandidateBecomeItsChannels)
{
    const QString path = writeCsv(QStringLiteral("channels.csv"),
                                  QStringLiteral("name,handle,platform,followers\n"
                                                 "Maya,@maya,instagram,1000\n"
                                                 "Maya,@maya.tv,youtube,2000\n"
                                                 "Maya,@maya2,instagram,10\n" // same platform: another Maya
                                                 "Budi,@budi,tiktok,5\n"));
    EXPECT_EQ(import(path).imported, 4);
    EXPECT_EQ(m_store->candidateCount(), 3);
    // Rows with one id belong together wherever a sort put them (an export sorted by followers).
    const QString keyed = writeCsv(QStringLiteral("keyed.csv"),
                                   QStringLiteral("id,name,handle,platform,followers\n"
                                                  "7,Sari,@sari,instagram,1000\n"
                                                  "8,Sari,@sari2,instagram,900\n"
                                                  "7,Sari,@sari.tt,tiktok,800\n"));
    EXPECT_EQ(import(keyed).imported, 3);
    EXPECT_EQ(m_store->candidateCount(), 5);
    int channels = 0;
    for (const Candidate &candidate : m_store->allCandidates()) {
        if (candidate.name == QLatin1String("Sari"))
            channels = std::max(channels, int(candidate.channels.size()));
    }
    EXPECT_EQ(channels, 2);
    CandidateFilter filter;
    filter.search = QStringLiteral("sari.tt");
    EXPECT_EQ(m_store->rowCount(filter), 2); // both channels of the Sari with id 7
}

TEST_P(CandidateImportTest, ProfileAddressesGiveThePlatformAndTheHandle)
{
    const QString path = writeCsv(QStringLiteral("urls.csv"),
                                  QStringLiteral("name,profile url,followers\n"
                                                 "Ha,https://www.instagram.com/thu.ha/,10\n"
                                                 "Tuan,https://www.tiktok.com/@tuan,20\n"
                                                 "Blog,https://example.org/blog,30\n"));
    const ImportReport report = import(path);
    EXPECT_EQ(report.imported, 2);
    // An address of no platform the program knows says no platform: never a silent default.
    ASSERT_EQ(report.rejections.size(), 1);
    EXPECT_EQ(report.rejections.first().line, 4);
    ImportSettings settings;
    settings.platform = Platform::Blog;
    const ImportReport again = import(path, settings);
    EXPECT_EQ(again.imported, 1);
    EXPECT_EQ(again.skipped, 2);
    EXPECT_EQ(stored(QStringLiteral("Blog"))->channels.first().platform, Platform::Blog);
    EXPECT_EQ(stored(QStringLiteral("Ha"))->channels.first().platform, Platform::Instagram);
    EXPECT_EQ(stored(QStringLiteral("Ha"))->channels.first().handle, QStringLiteral("@thu.ha"));
    EXPECT_EQ(stored(QStringLiteral("Tuan"))->channels.first().platform, Platform::TikTok);
    EXPECT_EQ(stored(QStringLiteral("Tuan"))->channels.first().handle, QStringLiteral("@tuan"));
    EXPECT_EQ(stored(QStringLiteral("Blog"))->channels.first().handle, QStringLiteral("https://example.org/blog"));
}

TEST_P(CandidateImportTest, HandleAloneNamesTheCandidateAndDefaultsApply)
{
    const QString path = writeCsv(QStringLiteral("handles.csv"), QStringLiteral("Username,Followers\n@linh,300\n,5\n"));
    ImportSettings settings;
    settings.defaultKind = CandidateKind::Koc;
    settings.platform = Platform::TikTok;
    const ImportReport report = import(path, settings);
    EXPECT_EQ(report.imported, 1);
    EXPECT_EQ(report.rejected, 1);
    const auto linh = stored(QStringLiteral("linh"));
    ASSERT_TRUE(linh);
    EXPECT_EQ(linh->kind, CandidateKind::Koc);
    EXPECT_EQ(linh->channels.first().platform, Platform::TikTok);
}

TEST_P(CandidateImportTest, TheMarketersMappingIsUsed)
{
    const QString path = writeCsv(QStringLiteral("odd.csv"), QStringLiteral("Who,Bio,Reach\nLan,Food blogger,900\n"));
    EXPECT_TRUE(import(path).failed()); // no name column recognised
    HeaderMapping mapping({QStringLiteral("Who"), QStringLiteral("Bio"), QStringLiteral("Reach")});
    mapping.setField(0, ImportField::Name);
    mapping.setField(1, ImportField::Notes);
    mapping.setField(2, ImportField::Followers);
    ImportSettings settings;
    settings.platform = Platform::YouTube;
    EXPECT_EQ(import(path, settings, mapping).imported, 1);
    const auto lan = stored(QStringLiteral("Lan"));
    ASSERT_TRUE(lan);
    EXPECT_EQ(lan->notes, QStringLiteral("Food blogger"));
    EXPECT_EQ(lan->channels.first().followers, 900);
}

TEST_P(CandidateImportTest, TextAnExportNeutralisedComesBackAsWritten)
{
    const QString path = writeCsv(QStringLiteral("neutral.csv"),
                                  QStringLiteral("name,handle,platform,followers,notes\n"
                                                 "'=1+1,'@maya,x,1,'-5 is fine\n'tis,x,x,2,\n"));
    EXPECT_EQ(import(path).imported, 2);
    const auto formula = stored(QStringLiteral("=1+1"));
    ASSERT_TRUE(formula);
    EXPECT_EQ(formula->channels.first().handle, QStringLiteral("@maya"));
    EXPECT_EQ(formula->notes, QStringLiteral("-5 is fine"));
    EXPECT_TRUE(stored(QStringLiteral("'tis")));
}

TEST_P(CandidateImportTest, EmptyFileAndHeaderOnlyImportNothing)
{
    for (const QString &text : {QString(), QStringLiteral("name,followers\n")}) {
        const ImportReport report = import(writeCsv(QStringLiteral("empty.csv"), text));
        EXPECT_FALSE(report.failed());
        EXPECT_EQ(report.imported + report.rejected, 0);
    }
    EXPECT_EQ(m_store->candidateCount(), 0);
}

TEST_P(CandidateImportTest, AMissingFileFails)
{
    const ImportReport report = import(filePath(QStringLiteral("nowhere.csv")));
    EXPECT_TRUE(report.failed());
    EXPECT_TRUE(report.error.text().contains(QStringLiteral("nowhere.csv")));
}

TEST_P(CandidateImportTest, CancelLeavesTheDatabaseExactlyAsItWas)
{
    ASSERT_TRUE(m_store->add(makeCandidate(QStringLiteral("Lan"), CandidateKind::Kol,
                                           {makeChannel(Platform::Instagram, QStringLiteral("@lan"), 5000)})));
    QString text = QStringLiteral("name,handle,platform,followers\nLan Updated,@lan,instagram,1\n");
    for (int i = 0; i < 20000; ++i)
        text += QStringLiteral("Person %1,@p%1,tiktok,%1\n").arg(i);
    const QString path = writeCsv(QStringLiteral("big.csv"), text);
    const QStringList before = tableDump(connection(), m_backend);
    ImportSettings update;
    update.onDuplicate = DuplicatePolicy::Update;
    CandidateImport importer(m_path);
    int calls = 0;
    const ImportReport report = importer.run(path, {}, update, [&](qint64 done, qint64 total) {
        EXPECT_LE(done, total);
        return ++calls < 5;
    });
    EXPECT_TRUE(report.cancelled);
    EXPECT_FALSE(report.failed());
    EXPECT_EQ(report.imported + report.updated, 0);
    EXPECT_EQ(tableDump(connection(), m_backend), before);
}

TEST_P(CandidateImportTest, AFailureHalfwayLeavesTheDatabaseExactlyAsItWas)
{
    ASSERT_TRUE(m_store->add(makeCandidate(QStringLiteral("Lan"), CandidateKind::Kol,
                                           {makeChannel(Platform::Instagram, QStringLiteral("@lan"), 5000)})));
    // Thousands of good rows, then bytes that are not UTF-8 in a later chunk.
    QByteArray bytes = "name,handle,platform,followers\nLan Updated,@lan,instagram,1\n";
    for (int i = 0; bytes.size() < 2 * CsvReader::chunkBytes; ++i)
        bytes += QStringLiteral("Person %1,@p%1,tiktok,%1\n").arg(i).toUtf8();
    bytes += "Nguy\xE1\xBB,@bad,tiktok,1\n";
    const QString path = filePath(QStringLiteral("broken.csv"));
    ASSERT_TRUE(writeBytes(path, bytes));
    const QStringList before = tableDump(connection(), m_backend);
    ImportSettings update;
    update.onDuplicate = DuplicatePolicy::Update;
    const ImportReport report = import(path, update);
    EXPECT_TRUE(report.failed());
    EXPECT_FALSE(report.cancelled);
    EXPECT_EQ(tableDump(connection(), m_backend), before);
}

// Lan again, to update, a two-row candidate, then rows of new people: more than a batch of
// the writer, so that the update and the join come between batches.
QString CandidateImportFixture::largeCsv(int people)
{
    const QString note(12, QLatin1Char('x'));
    QString text = QStringLiteral("name,handle,platform,followers,notes\n"
                                  "Lan Updated,@lan,instagram,1,\n"
                                  "Hà Phương,@haphuong,instagram,7000,%1\n"
                                  "Hà Phương,@haphuong.tt,tiktok,9000,%1\n").arg(note);
    for (int i = 0; i < people; ++i)
        text += QStringLiteral("Person %1,@p%1,tiktok,%1,%2\n").arg(i).arg(note);
    return writeCsv(QStringLiteral("large.csv"), text);
}

TEST_P(CandidateImportTest, ALargeImportKeepsTheSchemaWholeAndFindsEveryone)
{
    ASSERT_TRUE(m_store->add(makeCandidate(QStringLiteral("Lan"), CandidateKind::Kol,
                                           {makeChannel(Platform::Instagram, QStringLiteral("@lan"), 5000)})));
    const bool onServer = m_backend == Backend::PostgreSQL;
    const int people = threeBatches();
    const QString path = largeCsv(people);
    const QString before = indexDefinitions();
    ImportSettings update;
    update.onDuplicate = DuplicatePolicy::Update;
    const ImportReport report = import(path, update);
    ASSERT_FALSE(report.failed()) << report.error.text().toStdString();
    EXPECT_EQ(report.imported, people + 2);
    EXPECT_EQ(report.updated, 1);
    EXPECT_EQ(indexDefinitions(), before);
    if (!onServer)
        EXPECT_EQ(queryValue(connection(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    EXPECT_EQ(queryValue(connection(), QStringLiteral("SELECT count(*) FROM candidates")).toInt(),
              people + 2);

    EXPECT_EQ(namesFound(QStringLiteral("updated")), QStringList{QStringLiteral("Lan Updated")});
    EXPECT_EQ(namesFound(QStringLiteral("phuong")), QStringList{QStringLiteral("Hà Phương")});
    EXPECT_EQ(namesFound(QStringLiteral("haphuong.tt")), QStringList{QStringLiteral("Hà Phương")});
    EXPECT_EQ(namesFound(QStringLiteral("person 12287")), QStringList{QStringLiteral("Person 12287")});
    EXPECT_EQ(namesFound(QStringLiteral("p12287")), QStringList{QStringLiteral("Person 12287")});
    const auto lan = stored(QStringLiteral("Lan Updated"));
    ASSERT_TRUE(lan);
    EXPECT_EQ(lan->channels.value(0).followers, 1);
    const auto ha = stored(QStringLiteral("Hà Phương"));
    ASSERT_TRUE(ha);
    EXPECT_EQ(ha->channels.size(), 2);
}

// Reads the file only: no database, one run is enough.
// Into an empty file the writer drops the secondary indexes and makes them again at the end,
// or at the first look-up that needs them (a row of a candidate already imported).
TEST_P(CandidateImportTest, AFirstImportIntoAnEmptyFileEndsWithTheSameIndexes)
{
    const bool onServer = m_backend == Backend::PostgreSQL;
    const int people = threeBatches();
    const QString before = indexDefinitions();
    ASSERT_TRUE(before.contains(QStringLiteral("channels_by_handle")));

    // The first try fails at its last row: the indexes are back, and nothing else changed.
    QString text = QStringLiteral("name,handle,platform,followers\n");
    for (int i = 0; i < people; ++i)
        text += QStringLiteral("Person %1,@p%1,tiktok,%1\n").arg(i);
    const QString path = filePath(QStringLiteral("first.csv"));
    ASSERT_TRUE(writeBytes(path, text.toUtf8() + QByteArray(CsvReader::chunkBytes, 'x') + "\nNguy\xE1\xBB,@bad,tiktok,1\n"));
    const QStringList empty = tableDump(connection(), m_backend);
    EXPECT_TRUE(import(path).failed());
    EXPECT_EQ(indexDefinitions(), before);
    EXPECT_EQ(tableDump(connection(), m_backend), empty);

    // Then without the broken row, and with a duplicate after the first batches: its look-up
    // finds it through the indexes made again meanwhile.
    text += QStringLiteral("Someone Else,@p5,tiktok,5\n");
    for (int i = people; i < people + 100; ++i)
        text += QStringLiteral("Person %1,@p%1,tiktok,%1\n").arg(i);
    const ImportReport report = import(writeCsv(QStringLiteral("second.csv"), text));
    ASSERT_FALSE(report.failed()) << report.error.text().toStdString();
    EXPECT_EQ(report.imported, people + 100);
    EXPECT_EQ(report.skipped, 1);
    EXPECT_EQ(indexDefinitions(), before);
    if (!onServer)
        EXPECT_EQ(queryValue(connection(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    EXPECT_EQ(queryValue(connection(), QStringLiteral("SELECT count(*) FROM candidates")).toInt(), people + 100);
    EXPECT_EQ(queryValue(connection(), QStringLiteral("SELECT count(*) FROM channels")).toInt(), people + 100);
    EXPECT_EQ(namesFound(QStringLiteral("p12287")), QStringList{QStringLiteral("Person 12287")});
    EXPECT_FALSE(stored(QStringLiteral("Someone Else")));
}

TEST_F(CandidateImportFixture, PreviewShowsHowTheFileReads)
{
    const QString path = writeCsv(QStringLiteral("preview.csv"),
                                  QStringLiteral("Tên;Người theo dõi;Giá\nLan;1,2 triệu;1.500.000\nMinh;15 nghìn;2 tr\nHà;1;1\n"));
    const ImportPreview preview = CandidateImport::preview(path, {}, 2);
    EXPECT_TRUE(preview.error.isEmpty());
    EXPECT_EQ(preview.headers, (QStringList{QStringLiteral("Tên"), QStringLiteral("Người theo dõi"), QStringLiteral("Giá")}));
    ASSERT_EQ(preview.rows.size(), 2);
    EXPECT_EQ(preview.rows.at(1).at(1), QStringLiteral("15 nghìn"));
    EXPECT_EQ(preview.mapping.field(1), ImportField::Followers);
    EXPECT_EQ(preview.mapping.field(2), ImportField::Fee);
    EXPECT_EQ(preview.delimiter, QLatin1Char(';'));
    EXPECT_EQ(preview.encoding, QStringLiteral("UTF-8"));
    EXPECT_EQ(preview.decimalMark, DecimalMark::Comma);
}

// Candidates the export writes come back the same through the import, with either preset
// and whichever order the rows were written in.
TEST_P(CandidateImportTest, ExportThenImportGivesBackTheSameCandidates)
{
    Channel tiktok = makeChannel(Platform::TikTok, QStringLiteral("@thuha"), 1200000);
    tiktok.engagementRatePct = 3.5;
    tiktok.avgViews = 400000;
    tiktok.fee = Money(15000000, QStringLiteral("VND"));
    tiktok.authenticityPct = 82.5;
    Channel instagram = makeChannel(Platform::Instagram, QStringLiteral("@thu.ha"), 90000);
    instagram.engagementRatePct = 0.9; // at most 1, yet a percentage: the header says so
    Channel sara = makeChannel(Platform::Instagram, QStringLiteral("@sara"), 12500);
    sara.fee = Money(2500000, QStringLiteral("IRR"));
    Channel putri = makeChannel(Platform::YouTube, QStringLiteral("putri"), 5000);
    putri.fee = Money(25050, QStringLiteral("USD"));
    Channel maya = makeChannel(Platform::X, QStringLiteral("@maya"), 0);
    const QList<Candidate> candidates{
        makeCandidate(QStringLiteral("Nguyễn Thu Hà"), CandidateKind::Kol, {tiktok, instagram},
                      {QStringLiteral("beauty"), QStringLiteral("food")},
                      {QStringLiteral("VN"), QStringLiteral("VN-SG")}),
        makeCandidate(QStringLiteral("سارا محمدی"), CandidateKind::Creator, {sara}, {QStringLiteral("travel")},
                      {QStringLiteral("IR")}),
        makeCandidate(QStringLiteral("Putri, \"Lestari\""), CandidateKind::Koc, {putri}),
        makeCandidate(QStringLiteral("=cmd|' /C calc'!A0"), CandidateKind::Influencer, {maya}),
    };
    for (const Candidate &candidate : candidates)
        ASSERT_TRUE(m_store->add(candidate));
    QList<Candidate> expected;
    for (const Candidate &candidate : m_store->allCandidates())
        expected << withoutIds(candidate);

    const CandidateSort byFollowers{CandidateSortKey::Followers, true};
    int round = 0;
    for (const CsvPreset &preset : {CsvPreset::excel(QLocale(QLocale::Vietnamese)), CsvPreset::plain()}) {
        for (const CandidateSort &sort : {CandidateSort(), byFollowers}) {
            const QString csv = filePath(QStringLiteral("export%1.csv").arg(++round));
            Error error;
            ASSERT_TRUE(CandidateExport(*m_store).exportTo(csv, {}, sort, preset, &error))
                << error.text().toStdString();
            TestDatabase copyPlace; // a database of its own on the same engine
            const QString copy = copyPlace.create(m_backend, m_dir, QStringLiteral("copy%1.sqlite").arg(round));
            ASSERT_FALSE(copy.isEmpty());
            auto database = Database::open(copy, Database::OpenMode::CreateIfMissing, &error);
            ASSERT_TRUE(database);
            const ImportReport report = CandidateImport(copy).run(csv, {}, {});
            EXPECT_EQ(report.imported, 5) << preset.key().toStdString();
            EXPECT_EQ(report.rejected, 0)
                << (report.rejections.isEmpty() ? std::string() : report.rejections.first().text().toStdString());
            QList<Candidate> back;
            for (const Candidate &candidate : CandidateStore(*database).allCandidates())
                back << withoutIds(candidate);
            const auto byName = [](const Candidate &a, const Candidate &b) { return a.name < b.name; };
            std::sort(back.begin(), back.end(), byName);
            QList<Candidate> sorted = expected;
            std::sort(sorted.begin(), sorted.end(), byName);
            EXPECT_EQ(back, sorted) << preset.key().toStdString() << " round " << round;
        }
    }
}

TEST_P(CandidateImportTest, TheFilesOwnExportImportedBackChangesNothing)
{
    // The demo holds channels that go by a title ("Sống Khỏe Mỗi Ngày" on TV, a Facebook page
    // "Ngọc Mẹ Bỉm"): they stay handles, so every row is found again and skipped.
    Error error;
    ASSERT_TRUE(DemoData::addTo(*m_store, &error)) << error.text().toStdString();
    const qint64 before = m_store->candidateCount();
    const QString csv = filePath(QStringLiteral("own.csv"));
    ASSERT_TRUE(CandidateExport(*m_store).exportTo(csv, {}, {}, CsvPreset::plain(), &error))
        << error.text().toStdString();
    const ImportReport report = CandidateImport(m_path).run(csv, {}, {});
    EXPECT_EQ(report.imported, 0);
    EXPECT_EQ(report.rejected, 0);
    EXPECT_GT(report.skipped, 0);
    EXPECT_EQ(m_store->candidateCount(), before);
    bool titled = false;
    for (const Candidate &candidate : m_store->allCandidates()) {
        for (const Channel &channel : candidate.channels)
            titled = titled || channel.handle == QStringLiteral("Sống Khỏe Mỗi Ngày");
    }
    EXPECT_TRUE(titled);
}

// Imported rows say who made them and when, as rows added one by one do (RowVersion): in a
// file through the bulk writer, on a server through COPY; a merge moves the row on, stamped
// again. A row without a stamp read as made by nobody at no time.
using ImportStampTest = OnBothBackends<StoreTest>;
INSTANTIATE_ON_BOTH_BACKENDS(ImportStampTest);

TEST_P(ImportStampTest, ImportedAndMergedRowsCarryWhoAndWhen)
{
    const QString user = RowVersion::currentUser(connection());
    ASSERT_FALSE(user.isEmpty());
    const QString csv = filePath(QStringLiteral("stamp.csv"));
    ASSERT_TRUE(writeBytes(csv, QByteArray("name,handle,platform,followers\n"
                                           "Lan,@lan,instagram,5000\n"
                                           "Hoa,@hoa,tiktok,700\n"
                                           "Sara,@sara,youtube,90000\n")));
    // Stamps keep milliseconds; a second either side allows for the clock's rounding.
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    CandidateImport importer(m_path);
    ImportReport report = importer.run(csv, {}, {});
    ASSERT_TRUE(report.error.isEmpty()) << report.error.text().toStdString();
    ASSERT_EQ(report.imported, 3);
    const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(1);
    const QList<Candidate> stored = m_store->allCandidates();
    ASSERT_EQ(stored.size(), 3);
    QDateTime first;
    for (const Candidate &candidate : stored) {
        SCOPED_TRACE(candidate.name.toStdString());
        const auto change = RowVersion::lastChange(connection(), QStringLiteral("candidates"), candidate.id);
        ASSERT_TRUE(change);
        EXPECT_EQ(change->version, 1);
        EXPECT_EQ(change->by, user);
        ASSERT_TRUE(change->at.isValid()) << "no time stamped";
        EXPECT_GE(change->at, before);
        EXPECT_LE(change->at, after);
        first = change->at;
    }

    ASSERT_TRUE(writeBytes(csv, QByteArray("name,handle,platform,followers\n"
                                           "Lan Nguyen,@lan,instagram,6000\n")));
    ImportSettings update;
    update.onDuplicate = DuplicatePolicy::Update;
    report = CandidateImport(m_path).run(csv, {}, update);
    ASSERT_TRUE(report.error.isEmpty()) << report.error.text().toStdString();
    ASSERT_EQ(report.updated, 1);
    for (const Candidate &candidate : m_store->allCandidates()) {
        SCOPED_TRACE(candidate.name.toStdString());
        const auto change = RowVersion::lastChange(connection(), QStringLiteral("candidates"), candidate.id);
        ASSERT_TRUE(change);
        EXPECT_EQ(change->by, user);
        EXPECT_EQ(change->version, candidate.name == QLatin1String("Lan Nguyen") ? 2 : 1);
        EXPECT_GE(change->at, first);
        EXPECT_LE(change->at, QDateTime::currentDateTimeUtc().addSecs(1));
    }
}

} // namespace planner::test
