#include "candidateslistcommand.h"

#include "candidatecsvformat.h"
#include "candidatestore.h"
#include "candidatetextformat.h"
#include "console.h"
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
    //: Synopsis of "candidates list". Keep the option names; translate the placeholders.
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

QStringList CandidatesListCommand::options() const
{
    return {QStringLiteral("format"), QStringLiteral("kind"),  QStringLiteral("tier"),
            QStringLiteral("platform"), QStringLiteral("niche"), QStringLiteral("region"),
            QStringLiteral("search")};
}

bool CandidatesListCommand::readOptions(const CommandLine &line, QString *message)
{
    OptionReader reader(line);
    const QString format = reader.choice(QStringLiteral("format"),
                                         {QStringLiteral("text"), QStringLiteral("csv")})
                               .value_or(QStringLiteral("text"));
    m_csv = format == QLatin1String("csv");
    m_filter = CandidateFilter();
    m_filter.kind = reader.kind(QStringLiteral("kind"));
    m_filter.tier = reader.tier(QStringLiteral("tier"));
    m_filter.platform = reader.platform(QStringLiteral("platform"));
    m_filter.niche = reader.text(QStringLiteral("niche")).trimmed().toLower();
    m_filter.region = reader.text(QStringLiteral("region")).trimmed();
    m_filter.search = reader.text(QStringLiteral("search"));
    if (!reader.isOk())
        *message = reader.fault();
    return reader.isOk();
}

ExitCode CandidatesListCommand::run(Workspace &workspace, Console &console)
{
    CandidateStore &store = workspace.candidates();
    const CandidateCsvFormat csv(store.tierThresholds());
    const CandidateTextFormat text(store.tierThresholds());
    QTextStream &out = console.out();
    out << (m_csv ? CandidateCsvFormat::header() : text.header());
    const std::unique_ptr<CandidateRowCursor> cursor = store.rows(m_filter, CandidateSort());
    while (!cursor->atEnd()) {
        for (const CandidateRow &row : cursor->fetch(batchSize))
            out << (m_csv ? csv.line(row) : text.line(row));
    }
    out.flush();
    if (out.status() != QTextStream::Ok) {
        console.error(tr("The list could not be written."));
        return ExitCode::UserError;
    }
    return ExitCode::Success;
}

} // namespace planner
