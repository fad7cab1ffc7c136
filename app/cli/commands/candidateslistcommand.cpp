#include "commands/candidateslistcommand.h"

#include "export/candidateexport.h"
#include "storage/candidatestore.h"
#include "candidatetextformat.h"
#include "console.h"
#include "csv/csvpreset.h"
#include "optionreader.h"
#include "workspace.h"

namespace planner {

namespace {

const int batchSize = 1000;

} // namespace

QStringList CandidatesListCommand::words() const
{
    return {QStringLiteral("candidates"), QStringLiteral("list")};
}

QString CandidatesListCommand::summary() const
{
    return tr("List candidates, one line per channel, as text or CSV");
}

QString CandidatesListCommand::usage() const
{
    // Synopsis of "candidates list".
    return tr("Usage: %1 [--db FILE] candidates list [--format csv|text] [--kind KIND]\n"
              "         [--tier TIER] [--platform PLATFORM] [--niche NICHE] [--region CODE]\n"
              "         [--search TEXT]\n"
              "  KIND      one of: %2\n"
              "  TIER      one of: %3\n"
              "  PLATFORM  one of: %4\n"
              "  TEXT      part of a name or handle; CODE a region such as VN (also VN-SG)\n")
        .arg(Console::programName(), allKindKeys().join(QLatin1String(", ")),
             allTierKeys().join(QLatin1String(", ")),
             allPlatformKeys().join(QLatin1String(", ")));
}

QStringList CandidatesListCommand::filterOptions()
{
    return {QStringLiteral("kind"), QStringLiteral("tier"), QStringLiteral("platform"),
            QStringLiteral("niche"), QStringLiteral("region"), QStringLiteral("search")};
}

CandidateFilter CandidatesListCommand::readFilter(OptionReader &reader)
{
    CandidateFilter filter;
    filter.kind = reader.kind(QStringLiteral("kind"));
    filter.tier = reader.tier(QStringLiteral("tier"));
    filter.platform = reader.platform(QStringLiteral("platform"));
    filter.niche = reader.text(QStringLiteral("niche")).trimmed().toLower();
    filter.region = reader.text(QStringLiteral("region")).trimmed();
    filter.search = reader.text(QStringLiteral("search"));
    return filter;
}

QStringList CandidatesListCommand::options() const
{
    return QStringList{QStringLiteral("format")} + filterOptions();
}

bool CandidatesListCommand::readOptions(const CommandLine &line, QString *message)
{
    OptionReader reader(line);
    const QString format = reader.choice(QStringLiteral("format"),
                                         {QStringLiteral("text"), QStringLiteral("csv")})
                               .value_or(QStringLiteral("text"));
    m_csv = format == QLatin1String("csv");
    m_filter = readFilter(reader);
    if (!reader.isOk())
        *message = reader.fault();
    return reader.isOk();
}

ExitCode CandidatesListCommand::run(Workspace &workspace, Console &console)
{
    CandidateStore &store = workspace.candidates();
    if (m_csv) {
        // The same rows and columns as "candidates export", for a pipe: plain preset.
        CandidateExport csv(store);
        Error error;
        if (!csv.write(&console.outDevice(), m_filter, CandidateSort(), CsvPreset::plain(), &error)) {
            console.error(error.isEmpty() ? tr("The list could not be written.") : error.text());
            return ExitCode::UserError;
        }
        return ExitCode::Success;
    }
    const CandidateTextFormat text(store.tierThresholds());
    QTextStream &out = console.out();
    out << text.header();
    const std::unique_ptr<CandidateRowCursor> cursor = store.rows(m_filter, CandidateSort());
    while (!cursor->atEnd()) {
        for (const CandidateRow &row : cursor->fetch(batchSize))
            out << text.line(row);
    }
    out.flush();
    if (cursor->failed()) {
        console.error(cursor->error().text());
        return ExitCode::UserError;
    }
    if (out.status() != QTextStream::Ok) {
        console.error(tr("The list could not be written."));
        return ExitCode::UserError;
    }
    return ExitCode::Success;
}

} // namespace planner
