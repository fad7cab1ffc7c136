#include "import/importlists.h"

#include "import/importvocabulary.h"
#include "import/places.h"
#include "import/valueparser.h"

namespace planner {

namespace {

bool isSeparator(QStringView text, qsizetype i, bool withCommas)
{
    const char16_t c = text.at(i).unicode();
    if (c == u';' || c == u'|' || c == u'\n' || c == u'\r' || c == 0x060C || c == 0x061B)
        return true;
    if (c == u',')
        return withCommas;
    // "Food / Travel" is two; "Actors/actresses" one.
    return c == u'/' && i > 0 && i + 1 < text.size() && text.at(i - 1).isSpace() && text.at(i + 1).isSpace();
}

void addOnce(QStringList *items, const QString &item)
{
    if (!item.isEmpty() && !items->contains(item))
        items->append(item);
}

} // namespace

QList<QStringView> ImportLists::split(QStringView text, bool withCommas)
{
    QList<QStringView> parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && !isSeparator(text, i, withCommas))
            continue;
        const QStringView part = text.mid(start, i - start).trimmed();
        if (!part.isEmpty())
            parts.append(part);
        start = i + 1;
    }
    return parts;
}

QStringList ImportLists::regions(QStringView text)
{
    const QString plain = text.contains(QLatin1Char('<')) ? ValueParser::withoutTags(text) : text.toString();
    QStringList codes;
    for (const QStringView item : split(plain, false)) {
        // "Spain, Brazil" names two countries; "Moscow, Russia" one place in one of them.
        const QList<QStringView> parts = split(item, true);
        QStringList each;
        for (const QStringView part : parts)
            addOnce(&each, Places::code(part));
        if (parts.size() > 1 && each.size() == parts.size()) {
            for (const QString &code : std::as_const(each))
                addOnce(&codes, code);
        } else {
            addOnce(&codes, Places::code(item));
        }
    }
    return codes;
}

QStringList ImportLists::niches(QStringView text)
{
    const QString plain = text.contains(QLatin1Char('<')) ? ValueParser::withoutTags(text) : text.toString();
    QStringList keys;
    for (const QStringView item : split(plain, true)) {
        if (!ValueParser::isMissing(item))
            addOnce(&keys, ImportVocabulary::nicheKey(item));
    }
    return keys;
}

} // namespace planner
