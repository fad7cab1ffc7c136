#include "storage/rowreader.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>
#include <sqlite3.h>

namespace planner {

namespace {

bool bindAll(sqlite3_stmt *statement, const QVariantList &values)
{
    int index = 1;
    for (const QVariant &value : values) {
        int result = SQLITE_OK;
        switch (value.isNull() ? QMetaType::UnknownType : value.typeId()) {
        case QMetaType::UnknownType: result = sqlite3_bind_null(statement, index); break;
        case QMetaType::Double:
        case QMetaType::Float: result = sqlite3_bind_double(statement, index, value.toDouble()); break;
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Long:
        case QMetaType::LongLong:
        case QMetaType::ULongLong: result = sqlite3_bind_int64(statement, index, value.toLongLong()); break;
        default: {
            const QByteArray text = value.toString().toUtf8();
            result = sqlite3_bind_text(statement, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        }
        }
        if (result != SQLITE_OK)
            return false;
        ++index;
    }
    return true;
}

} // namespace

sqlite3 *RowReader::sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

RowReader::RowReader(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    if (sqlite3 *handle = sqliteHandle(db)) {
        m_handle = handle;
        const QByteArray text = sql.toUtf8();
        m_failed = sqlite3_prepare_v2(handle, text.constData(), int(text.size()), &m_statement, nullptr) != SQLITE_OK
            || !bindAll(m_statement, values);
        if (m_failed)
            noteSqliteError();
        return;
    }
    m_query.emplace(db);
    m_query->setForwardOnly(true);
    m_failed = !m_query->prepare(sql);
    for (const QVariant &value : values)
        m_query->addBindValue(value);
    m_failed = m_failed || !m_query->exec();
}

RowReader::~RowReader()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
}

bool RowReader::next()
{
    if (m_failed)
        return false;
    if (m_query) {
        if (m_query->next())
            return true;
        m_failed = m_query->lastError().isValid();
        return false;
    }
    const int result = sqlite3_step(m_statement);
    m_failed = result != SQLITE_ROW && result != SQLITE_DONE;
    if (m_failed)
        noteSqliteError();
    return result == SQLITE_ROW;
}

void RowReader::noteSqliteError()
{
    m_error = QString::fromUtf8(sqlite3_errmsg(m_handle));
}

QString RowReader::errorText() const
{
    if (!m_failed)
        return QString();
    return m_query ? m_query->lastError().text() : m_error;
}

bool RowReader::isNull(int column) const
{
    return m_query ? m_query->value(column).isNull() : sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

bool RowReader::isInteger(int column) const
{
    if (!m_query)
        return sqlite3_column_type(m_statement, column) == SQLITE_INTEGER;
    const QMetaType::Type type = QMetaType::Type(m_query->value(column).metaType().id());
    return type == QMetaType::LongLong || type == QMetaType::Int || type == QMetaType::ULongLong
        || type == QMetaType::UInt;
}

qint64 RowReader::integer(int column) const
{
    return m_query ? m_query->value(column).toLongLong() : sqlite3_column_int64(m_statement, column);
}

double RowReader::real(int column) const
{
    return m_query ? m_query->value(column).toDouble() : sqlite3_column_double(m_statement, column);
}

QByteArray RowReader::text(int column) const
{
    if (m_query)
        return m_query->value(column).toString().toUtf8();
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QByteArray::fromRawData(bytes, sqlite3_column_bytes(m_statement, column));
}

} // namespace planner
