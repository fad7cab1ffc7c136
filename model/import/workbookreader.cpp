#include "import/workbookreader.h"

#include "import/odscelltypes.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>

#include <ixion/address.hpp>
#include <ixion/cell_access.hpp>
#include <ixion/model_context.hpp>
#include <orcus/format_detection.hpp>
#include <orcus/orcus_ods.hpp>
#include <orcus/orcus_xls_xml.hpp>
#include <orcus/orcus_xlsx.hpp>
#include <orcus/spreadsheet/document.hpp>
#include <orcus/spreadsheet/factory.hpp>
#include <orcus/spreadsheet/sheet.hpp>
#include <orcus/spreadsheet/styles.hpp>

#include <exception>

namespace planner {

namespace {

namespace ss = orcus::spreadsheet;

// Bytes enough to tell the kinds of workbook apart.
constexpr qint64 sniffBytes = 64 * 1024;

orcus::format_t formatOf(const QByteArray &bytes)
{
    try {
        return orcus::detect(reinterpret_cast<const unsigned char *>(bytes.constData()),
                             size_t(bytes.size()));
    } catch (const std::exception &) {
        return orcus::format_t::unknown;
    }
}

bool isReadable(orcus::format_t format)
{
    return format == orcus::format_t::xlsx || format == orcus::format_t::ods
        || format == orcus::format_t::xls_xml;
}

// Excel's built-in number formats that show percentages and dates (ECMA-376, 18.8.30).
bool builtInPercent(size_t id)
{
    return id == 9 || id == 10;
}

bool builtInDate(size_t id)
{
    return (id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
}

// What a format code shows, outside quoted text, escapes and [brackets].
enum class Shows { Plain, Percent, Date };

Shows showsOf(const QString &code)
{
    bool quoted = false;
    int bracket = 0;
    bool date = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (c == u'"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == u'\\' || c == u'_' || c == u'*')
            ++i; // the next character is shown as it is
        else if (c == u'[')
            ++bracket;
        else if (c == u']')
            bracket = std::max(0, bracket - 1);
        else if (bracket > 0)
            continue;
        else if (c == u';')
            break; // the first section decides
        else if (c == u'%')
            return Shows::Percent;
        else if (QStringView(u"dDmMyY").contains(c))
            date = true;
    }
    return date ? Shows::Date : Shows::Plain;
}

} // namespace

struct WorkbookReader::Impl
{
    Impl()
        : document(ss::range_size_t{1048576, 16384})
        , factory(document)
    {
    }

    ss::document document;
    ss::import_factory factory;
    QHash<size_t, Shows> formats; // by cell format (xf) index
    QDate origin{1899, 12, 30};
    // In .xlsx a cell format names its number format by Excel's id (numFmtId: 9 is "0%",
    // 164 the first custom one); the other importers name it by its place in the list.
    bool excelIds = true;
    // What liborcus leaves out of an .ods (percentages, dates, hidden columns, merges).
    std::unique_ptr<OdsCellTypes> ods;

    Shows showsFor(size_t xf)
    {
        const auto found = formats.constFind(xf);
        if (found != formats.cend())
            return *found;
        Shows shows = Shows::Plain;
        const ss::styles &styles = document.get_styles();
        if (const ss::cell_format_t *format = styles.get_cell_format(xf)) {
            const size_t id = format->number_format;
            if (excelIds && builtInPercent(id))
                shows = Shows::Percent;
            else if (excelIds && builtInDate(id))
                shows = Shows::Date;
            for (size_t i = 0; shows == Shows::Plain && i < styles.get_number_format_count(); ++i) {
                const ss::number_format_t *number = styles.get_number_format(i);
                if (number && (excelIds ? number->identifier == id : i == id)) {
                    const std::string_view code = number->format_string;
                    shows = showsOf(QString::fromUtf8(code.data(), qsizetype(code.size())));
                }
            }
        }
        formats.insert(xf, shows);
        return shows;
    }
};

WorkbookReader::WorkbookReader() = default;
WorkbookReader::~WorkbookReader() = default;

bool WorkbookReader::isWorkbook(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(sniffBytes);
    // A zip (xlsx, ods) needs its whole directory to be told apart; XML its start.
    if (head.startsWith("PK"))
        return isReadable(formatOf(head + file.readAll()));
    return isReadable(formatOf(head));
}

bool WorkbookReader::open(const QString &path, Error *error)
{
    const auto fail = [&](const QString &reason) {
        if (error)
            //: %1 a file name, %2 why it could not be read
            error->message = tr("“%1” could not be read: %2").arg(QDir::toNativeSeparators(path), reason);
        m.reset();
        return false;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    const QByteArray bytes = file.readAll();
    const orcus::format_t format = formatOf(bytes);
    if (!isReadable(format))
        return fail(tr("it is not an .xlsx, .ods or Excel XML workbook"));
    m = std::make_unique<Impl>();
    m->excelIds = format == orcus::format_t::xlsx;
    if (format == orcus::format_t::ods) {
        m->ods = std::make_unique<OdsCellTypes>();
        if (!m->ods->read(bytes))
            m->ods.reset();
    }
    const std::string_view stream(bytes.constData(), size_t(bytes.size()));
    try {
        if (format == orcus::format_t::xlsx)
            orcus::orcus_xlsx(&m->factory).read_stream(stream);
        else if (format == orcus::format_t::ods)
            orcus::orcus_ods(&m->factory).read_stream(stream);
        else
            orcus::orcus_xls_xml(&m->factory).read_stream(stream);
    } catch (const std::exception &e) {
        return fail(tr("the workbook is damaged (%1)").arg(QString::fromUtf8(e.what())));
    }
    const orcus::date_time_t origin = m->document.get_origin_date();
    if (QDate(origin.year, origin.month, origin.day).isValid())
        m->origin = QDate(origin.year, origin.month, origin.day);
    return true;
}

QStringList WorkbookReader::sheetNames() const
{
    QStringList names;
    for (size_t i = 0; m && i < m->document.get_sheet_count(); ++i) {
        const std::string_view name = m->document.get_sheet_name(ss::sheet_t(i));
        names << QString::fromUtf8(name.data(), qsizetype(name.size()));
    }
    return names;
}

int WorkbookReader::findSheet(const QString &nameOrNumber) const
{
    const QStringList names = sheetNames();
    const QString wanted = nameOrNumber.trimmed();
    for (int i = 0; i < names.size(); ++i) {
        if (names.at(i).compare(wanted, Qt::CaseInsensitive) == 0)
            return i;
    }
    bool isNumber = false;
    const int number = wanted.toInt(&isNumber);
    return isNumber && number >= 1 && number <= names.size() ? number - 1 : -1;
}

WorkbookCell WorkbookReader::cell(int sheet, int row, int column) const
{
    WorkbookCell cell;
    cell.row = row;
    cell.column = column;
    const ixion::cell_access access =
        m->document.get_model_context().get_cell_access(ixion::abs_address_t(sheet, row, column));
    cell.formula = access.get_type() == ixion::celltype_t::formula;
    if (m->ods) {
        if (const std::optional<double> percent = m->ods->percent(sheet, row, column)) {
            cell.type = WorkbookCell::Type::Percent;
            cell.number = *percent;
            return cell;
        }
        if (const std::optional<QDate> date = m->ods->date(sheet, row, column)) {
            cell.type = WorkbookCell::Type::Date;
            cell.date = *date;
            return cell;
        }
    }
    switch (access.get_value_type()) {
    case ixion::cell_value_t::string: {
        const std::string_view text = access.get_string_value();
        cell.text = QString::fromUtf8(text.data(), qsizetype(text.size()));
        cell.type = cell.text.isEmpty() ? WorkbookCell::Type::Empty : WorkbookCell::Type::Text;
        break;
    }
    case ixion::cell_value_t::numeric: {
        cell.number = access.get_numeric_value();
        cell.type = WorkbookCell::Type::Number;
        const ss::sheet *data = m->document.get_sheet(ss::sheet_t(sheet));
        const Shows shows = m->showsFor(data->get_cell_format(row, column));
        if (shows == Shows::Percent) {
            cell.type = WorkbookCell::Type::Percent;
        } else if (shows == Shows::Date) {
            cell.type = WorkbookCell::Type::Date;
            cell.date = m->origin.addDays(qint64(std::floor(cell.number)));
        }
        break;
    }
    case ixion::cell_value_t::boolean:
        cell.type = WorkbookCell::Type::Boolean;
        cell.number = access.get_boolean_value() ? 1 : 0;
        break;
    default:
        break; // empty, or an error value: nothing to import
    }
    return cell;
}

bool WorkbookReader::isMergedAway(int sheet, int row, int column) const
{
    if (m->ods) {
        const auto merge = m->ods->mergeAt(sheet, row, column);
        return merge && (merge->row != row || merge->column != column);
    }
    const ss::range_t range = m->document.get_sheet(ss::sheet_t(sheet))->get_merge_cell_range(row, column);
    return (range.first.row != row || range.first.column != column)
        && range.first.row <= row && range.first.column <= column;
}

WorkbookCell WorkbookReader::mergeOrigin(int sheet, int row, int column) const
{
    if (m->ods) {
        const auto merge = m->ods->mergeAt(sheet, row, column);
        return merge ? cell(sheet, merge->row, merge->column) : cell(sheet, row, column);
    }
    const ss::range_t range = m->document.get_sheet(ss::sheet_t(sheet))->get_merge_cell_range(row, column);
    if (range.first.row >= 0 && range.first.column >= 0 && range.first.row <= row
        && range.first.column <= column)
        return cell(sheet, range.first.row, range.first.column);
    return cell(sheet, row, column);
}

WorkbookTable WorkbookReader::table(int sheet) const
{
    WorkbookTable table;
    if (!m || sheet < 0 || size_t(sheet) >= m->document.get_sheet_count())
        return table;
    table.sheet = sheetNames().at(sheet);
    const ss::sheet *data = m->document.get_sheet(ss::sheet_t(sheet));
    ixion::abs_range_t range = data->get_data_range();
    if (m->ods && m->ods->lastRow(sheet) >= 0) {
        // Percentages liborcus dropped may lie past what it read.
        if (!range.valid())
            range = ixion::abs_range_t(sheet, 0, 0, 1, 1);
        range.last.row = std::max(range.last.row, m->ods->lastRow(sheet));
        range.last.column = std::max(range.last.column, m->ods->lastColumn(sheet));
    }
    if (!range.valid())
        return table;
    QList<bool> used(range.last.column + 1, false);
    for (int row = range.first.row; row <= range.last.row; ++row) {
        QList<WorkbookCell> cells;
        bool any = false;
        for (int column = range.first.column; column <= range.last.column; ++column) {
            cells << cell(sheet, row, column);
            if (cells.last().type != WorkbookCell::Type::Empty)
                any = used[column] = true;
        }
        if (any)
            table.rows << cells;
    }
    // Only the visible columns that hold something; rows keep one cell per such column.
    QList<int> keep;
    for (int column = range.first.column; column <= range.last.column; ++column) {
        ss::col_t first = 0, last = 0;
        const bool hidden = m->ods ? m->ods->isHidden(sheet, column)
                                   : data->is_col_hidden(column, &first, &last);
        if (used.at(column) && !hidden)
            keep << column - range.first.column;
    }
    for (QList<WorkbookCell> &cells : table.rows) {
        QList<WorkbookCell> kept;
        kept.reserve(keep.size());
        for (const int at : std::as_const(keep))
            kept << cells.at(at);
        cells = std::move(kept);
    }
    for (const int at : std::as_const(keep))
        table.columns << range.first.column + at;
    return table;
}

bool WorkbookReader::hasCells(int sheet) const
{
    if (!m || sheet < 0 || size_t(sheet) >= m->document.get_sheet_count())
        return false;
    return m->document.get_sheet(ss::sheet_t(sheet))->get_data_range().valid();
}

QString WorkbookReader::columnLetters(int column)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

QString WorkbookReader::cellReference(const QString &sheet, int row, int column)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    QString name = sheet;
    if (!plain.match(sheet).hasMatch())
        name = QLatin1Char('\'') + QString(sheet).replace(QLatin1Char('\''), QLatin1String("''"))
            + QLatin1Char('\'');
    return name + QLatin1Char('!') + columnLetters(column) + QString::number(row + 1);
}

} // namespace planner
