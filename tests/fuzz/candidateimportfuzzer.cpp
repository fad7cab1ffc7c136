// libFuzzer target for the whole candidate import: any bytes as a CSV file, imported by
// CandidateImport into a real campaign database (SQLite, WAL) that already holds two
// candidates. The database is put back from a template before every input.
//
// Invariants besides "no crash, no sanitizer report":
// - the database passes PRAGMA integrity_check and foreign_key_check afterwards;
// - an import that failed or was refused changed nothing, and it failed only because the
//   file could not be read as text or its header lacks a required column: a row the checks
//   let through must never make the database refuse the whole import;
// - a finished import counts every data row once: imported + updated + skipped + rejected;
//   each rejection names the file, a line and a column, and a reason;
// - with "skip duplicates" the stored candidates stay as they were, and every imported row
//   is one new channel.
//
// - warnings (cells left empty) are counted and each names the file, a line, a column and
//   a reason; a dry run counts the same way and leaves the database exactly as it was.
//
// The first byte, when it is below 0x20, chooses the settings (bit 0: update duplicates;
// bit 1: decimal comma; bit 2: fees in USD unless they say otherwise; bit 3: no platform
// chosen, so rows that do not say theirs are rejected; bit 4: a dry run) and is not part
// of the CSV. Without bit 3 the marketer's platform is TikTok.

#include "fuzzsupport.h"

#include "import/candidateimport.h"
#include "storage/candidatestore.h"
#include "csv/csvreader.h"
#include "storage/database.h"
#include "import/headermapping.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <sqlite3.h>
#include <string>

using namespace planner;

namespace {

// In memory where the system has a tmpfs: SQLite syncs the file at every commit, and a
// disk's sync would take most of each run's time.
QString temporaryFolder()
{
    const QString shm = QStringLiteral("/dev/shm");
    return QFileInfo(shm).isDir() && QFileInfo(shm).isWritable() ? shm + QStringLiteral("/planner-fuzz-XXXXXX")
                                                                 : QString();
}

struct Place
{
    QTemporaryDir dir = temporaryFolder().isEmpty() ? QTemporaryDir() : QTemporaryDir(temporaryFolder());
    QString database;
    QString csv;
    QByteArray templateBytes;
    std::string templateDump;
};

Place *place = nullptr;

// Every row of the tables the import writes, in id order, as text; rows of candidates up
// to maxId only when maxId > 0.
std::string dump(sqlite3 *db, qint64 maxId = 0)
{
    std::string out;
    const std::string limit = maxId > 0 ? std::to_string(maxId) : std::string("9223372036854775807");
    for (const std::string &sql : {"SELECT * FROM candidates WHERE id <= " + limit + " ORDER BY id",
                                   "SELECT * FROM channels WHERE candidate_id <= " + limit + " ORDER BY id",
                                   "SELECT rowid, terms FROM candidate_search WHERE rowid <= " + limit
                                       + " ORDER BY rowid"}) {
        sqlite3_exec(
            db, sql.c_str(),
            [](void *target, int columns, char **values, char **) {
                auto *text = static_cast<std::string *>(target);
                for (int i = 0; i < columns; ++i)
                    *text += (values[i] ? values[i] : "NULL") + std::string("|");
                *text += '\n';
                return 0;
            },
            &out, nullptr);
        out += "--\n";
    }
    return out;
}

qint64 scalar(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    qint64 value = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK && sqlite3_step(statement) == SQLITE_ROW)
        value = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    return value;
}

std::string text(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    std::string value;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK && sqlite3_step(statement) == SQLITE_ROW) {
        if (const unsigned char *t = sqlite3_column_text(statement, 0))
            value = reinterpret_cast<const char *>(t);
    }
    sqlite3_finalize(statement);
    return value;
}

constexpr qint64 storedCandidates = 2;
constexpr qint64 storedChannels = 3;

void makeTemplate()
{
    place = new Place;
    FUZZ_CHECK(place->dir.isValid(), QStringLiteral("no temporary folder"));
    place->database = place->dir.filePath(QStringLiteral("campaign.sqlite"));
    place->csv = place->dir.filePath(QStringLiteral("candidates.csv"));
    {
        Error error;
        auto database = Database::open(place->database, Database::OpenMode::CreateIfMissing, &error);
        FUZZ_CHECK(database, error.text());
        CandidateStore store(*database);
        Candidate maya;
        maya.name = QStringLiteral("Maya Putri");
        maya.niches = {QStringLiteral("beauty")};
        maya.regions = {QStringLiteral("ID")};
        Channel instagram;
        instagram.handle = QStringLiteral("@maya");
        instagram.followers = 1200000;
        instagram.engagementRatePct = 3.4;
        instagram.fee = Money(25000, QStringLiteral("USD"));
        Channel tiktok = instagram;
        tiktok.platform = Platform::TikTok;
        tiktok.handle = QStringLiteral("@maya.tt");
        maya.channels = {instagram, tiktok};
        Candidate linh;
        linh.name = QStringLiteral("Nguyễn Thùy Linh");
        linh.kind = CandidateKind::Kol;
        Channel youtube;
        youtube.platform = Platform::YouTube;
        youtube.handle = QStringLiteral("@linh");
        youtube.followers = 15000;
        youtube.fee = Money(1500000, QStringLiteral("VND"));
        linh.channels = {youtube};
        FUZZ_CHECK(store.add(maya, &error) && store.add(linh, &error), error.text());
    }
    QFile file(place->database);
    FUZZ_CHECK(file.open(QIODevice::ReadOnly), file.errorString());
    place->templateBytes = file.readAll();
    sqlite3 *db = nullptr;
    sqlite3_open(place->database.toUtf8().constData(), &db);
    place->templateDump = dump(db);
    FUZZ_CHECK(scalar(db, "SELECT count(*) FROM candidates") == storedCandidates
                   && scalar(db, "SELECT count(*) FROM channels") == storedChannels,
               QStringLiteral("template not as planned"));
    sqlite3_close(db);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    FUZZ_CHECK(file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size(),
               file.errorString());
}

// How the file reads on its own: the data rows, whether it reads to its end, whether its
// header has every column the import needs.
struct Expected
{
    qint64 records = 0;
    qint64 dataRows = 0;
    bool readable = true;
    bool headerComplete = true;
};

Expected expectedFor(QByteArray csv, const ImportSettings &settings)
{
    Expected expected;
    QBuffer buffer(&csv);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, settings.dialect);
    CsvRecord record;
    while (reader.next(record)) {
        if (++expected.records == 1)
            expected.headerComplete = HeaderMapping(record.toStringList()).missing().isEmpty();
    }
    expected.readable = reader.status() == CsvReader::Status::AtEnd;
    expected.dataRows = std::max<qint64>(expected.records - 1, 0);
    return expected;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    planner::fuzz::initApplication();
    makeTemplate();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray csv(reinterpret_cast<const char *>(data), qsizetype(size));
    ImportSettings settings;
    settings.platform = Platform::TikTok;
    bool dryRun = false;
    if (!csv.isEmpty() && uchar(csv.at(0)) < 0x20) {
        const int choice = csv.at(0);
        if (choice & 8)
            settings.platform.reset();
        dryRun = (choice & 16) != 0;
        if (choice & 1)
            settings.onDuplicate = DuplicatePolicy::Update;
        if (choice & 2)
            settings.decimalMark = DecimalMark::Comma;
        if (choice & 4)
            settings.currency = CurrencyUnit{QStringLiteral("USD"), 1};
        csv.remove(0, 1);
    }
    QFile::remove(place->database + QStringLiteral("-wal"));
    QFile::remove(place->database + QStringLiteral("-shm"));
    writeFile(place->database, place->templateBytes);
    writeFile(place->csv, csv);

    CandidateImport import(place->database);
    import.setDryRun(dryRun);
    const ImportReport report = import.run(place->csv, {}, settings);
    const Expected expected = expectedFor(csv, settings);

    sqlite3 *db = nullptr;
    FUZZ_CHECK(sqlite3_open(place->database.toUtf8().constData(), &db) == SQLITE_OK, QStringLiteral("cannot open"));
    const std::string integrity = text(db, "PRAGMA integrity_check");
    FUZZ_CHECK(integrity == "ok", QString::fromStdString(integrity));
    FUZZ_CHECK(scalar(db, "SELECT count(*) FROM pragma_foreign_key_check") == 0, QStringLiteral("foreign keys broken"));
    const QString counts = QStringLiteral("imported %1, updated %2, skipped %3, rejected %4, %5 data rows; error: %6")
                               .arg(report.imported).arg(report.updated).arg(report.skipped).arg(report.rejected)
                               .arg(expected.dataRows).arg(report.error.text());

    FUZZ_CHECK(!report.cancelled, counts);
    if (report.failed()) {
        FUZZ_CHECK(!expected.readable || (expected.records > 0 && !expected.headerComplete),
                   QStringLiteral("a readable file with a complete header failed: ") + counts);
        FUZZ_CHECK(report.imported == 0 && report.updated == 0 && report.skipped == 0, counts);
        FUZZ_CHECK(dump(db) == place->templateDump, QStringLiteral("a failed import changed the database: ") + counts);
    } else {
        FUZZ_CHECK(expected.readable && (expected.headerComplete || expected.records == 0),
                   QStringLiteral("an unreadable file or an incomplete header was imported: ") + counts);
        FUZZ_CHECK(report.imported + report.updated + report.skipped + report.rejected == expected.dataRows, counts);
        FUZZ_CHECK(report.rejections.size() == std::min<qint64>(report.rejected, ImportReport::maxKeptRejections), counts);
        for (const ImportRejection &rejection : report.rejections) {
            FUZZ_CHECK(rejection.file == place->csv && rejection.line >= 1 && rejection.column >= 1
                           && !rejection.reason.isEmpty(),
                       QStringLiteral("rejection at %1:%2: %3").arg(rejection.line).arg(rejection.column).arg(rejection.text()));
        }
        FUZZ_CHECK(report.warnings.size() == std::min<qint64>(report.warningCount, ImportReport::maxKeptRejections),
                   counts);
        for (const ImportRejection &warning : report.warnings) {
            FUZZ_CHECK(warning.file == place->csv && warning.line >= 1 && warning.column >= 1 && !warning.reason.isEmpty()
                           && !warning.field.isEmpty(),
                       QStringLiteral("warning at %1:%2: %3").arg(warning.line).arg(warning.column).arg(warning.text()));
        }
        if (dryRun) {
            FUZZ_CHECK(dump(db) == place->templateDump, QStringLiteral("a dry run changed the database: ") + counts);
            sqlite3_close(db);
            return 0;
        }
        const qint64 newChannels = scalar(db, "SELECT count(*) FROM channels") - storedChannels;
        const qint64 newCandidates = scalar(db, "SELECT count(*) FROM candidates") - storedCandidates;
        const QString growth = QStringLiteral("%1 new candidates, %2 new channels: ").arg(newCandidates).arg(newChannels);
        FUZZ_CHECK(newCandidates >= 0 && newCandidates <= report.imported && (newCandidates > 0) == (report.imported > 0),
                   growth + counts);
        if (settings.onDuplicate == DuplicatePolicy::Skip) {
            FUZZ_CHECK(report.updated == 0 && newChannels == report.imported, growth + counts);
            FUZZ_CHECK(dump(db, storedCandidates) == place->templateDump,
                       QStringLiteral("skipping duplicates changed a stored candidate: ") + counts);
        } else {
            FUZZ_CHECK(newChannels >= report.imported && newChannels <= report.imported + report.updated, growth + counts);
        }
    }
    sqlite3_close(db);
    return 0;
}
