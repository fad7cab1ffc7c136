#include "storage/candidaterowbytes.h"

#include "domain/languagematch.h"
#include "storage/rowreader.h"

#include <QList>
#include <algorithm>

namespace planner {

namespace {

// The keys of an enum as UTF-8 bytes, in the order of its values.
template<typename Enum>
QList<QByteArray> utf8Keys(const QList<Enum> &values, QString (*keyOf)(Enum))
{
    QList<QByteArray> keys;
    for (Enum value : values)
        keys << keyOf(value).toUtf8();
    return keys;
}

template<typename Enum>
std::optional<Enum> fromUtf8Key(QByteArrayView key, const QList<Enum> &values,
                                const QList<QByteArray> &keys,
                                std::optional<Enum> (*fromKey)(const QString &))
{
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (keys.at(i) == key)
            return values.at(i);
    }
    // Another case, spaces around it, bytes that are no key: as the QString rule reads them.
    return fromKey(QString::fromUtf8(key));
}

} // namespace

CandidateRowBytes::CandidateRowBytes(const RowReader &reader)
    : m_reader(reader)
{
}

qint64 CandidateRowBytes::channelId() const
{
    return m_reader.integer(0);
}

qint64 CandidateRowBytes::candidateId() const
{
    return m_reader.integer(1);
}

QUtf8StringView CandidateRowBytes::text(int column) const
{
    // A NULL is read as no bytes, as an empty text.
    const QByteArray bytes = m_reader.text(column);
    return QUtf8StringView(bytes.constData(), bytes.size());
}

std::optional<qint64> CandidateRowBytes::optionalInteger(int column) const
{
    if (m_reader.isNull(column))
        return std::nullopt;
    return m_reader.integer(column);
}

std::optional<double> CandidateRowBytes::optionalReal(int column) const
{
    if (m_reader.isNull(column))
        return std::nullopt;
    return m_reader.real(column);
}

std::optional<CandidateKind> CandidateRowBytes::kindFromUtf8(QByteArrayView key)
{
    static const QList<QByteArray> keys = utf8Keys(allKinds(), kindKey);
    return fromUtf8Key(key, allKinds(), keys, kindFromKey);
}

std::optional<Platform> CandidateRowBytes::platformFromUtf8(QByteArrayView key)
{
    static const QList<QByteArray> keys = utf8Keys(allPlatforms(), platformKey);
    return fromUtf8Key(key, allPlatforms(), keys, platformFromKey);
}

CandidateKind CandidateRowBytes::kind() const
{
    const QUtf8StringView key = text(3);
    return kindFromUtf8(QByteArrayView(key.data(), key.size())).value_or(CandidateKind::Influencer);
}

Platform CandidateRowBytes::platform() const
{
    const QUtf8StringView key = text(4);
    return platformFromUtf8(QByteArrayView(key.data(), key.size())).value_or(Platform::Instagram);
}

std::optional<Money> CandidateRowBytes::fee() const
{
    if (m_reader.isNull(9))
        return std::nullopt;
    // Rows share a handful of currencies: one QString each time the currency changes.
    const QUtf8StringView currency = text(10);
    const QByteArrayView bytes(currency.data(), currency.size());
    if (m_currency.isNull() || m_currencyBytes != bytes) {
        m_currencyBytes = bytes.toByteArray();
        m_currency = QString::fromUtf8(bytes);
        if (m_currency.isNull())
            m_currency = QLatin1String(""); // known, even when empty
    }
    return Money(m_reader.integer(9), m_currency);
}

bool CandidateRowBytes::languagesAreNormal(QByteArrayView stored)
{
    // Lowercase, trimmed, none empty, none twice: printable ASCII without capitals,
    // items separated by single '|', no item repeated.
    if (stored.isEmpty())
        return true;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= stored.size(); ++i) {
        if (i < stored.size() && stored[i] != '|') {
            const char c = stored[i];
            if (c <= ' ' || c > '~' || (c >= 'A' && c <= 'Z'))
                return false;
            continue;
        }
        const QByteArrayView item = stored.sliced(start, i - start);
        if (item.isEmpty())
            return false;
        for (qsizetype earlier = 0; earlier < start;) {
            qsizetype end = earlier;
            while (end < start - 1 && stored[end] != '|')
                ++end;
            if (stored.sliced(earlier, end - earlier) == item)
                return false;
            earlier = end + 1;
        }
        start = i + 1;
    }
    return true;
}

QUtf8StringView CandidateRowBytes::languages() const
{
    const QUtf8StringView stored = text(14);
    if (languagesAreNormal(QByteArrayView(stored.data(), stored.size())))
        return stored;
    m_languages = LanguageMatch::split(QString::fromUtf8(QByteArrayView(stored.data(), stored.size())))
                      .join(QLatin1Char('|'))
                      .toUtf8();
    return QUtf8StringView(m_languages.constData(), m_languages.size());
}

} // namespace planner
