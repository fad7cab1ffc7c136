// The .ts files are complete: no unfinished entry, and no translation left equal to its
// English source except names and codes that are the same in every language.
#include "testsupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

namespace {

struct Entry
{
    QString context, source, translation;
    bool unfinished = false;
};

QList<Entry> readEntries(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    QXmlStreamReader xml(&file);
    QList<Entry> entries;
    QString context;
    Entry current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            current = Entry{context, {}, {}, false};
        } else if (xml.name() == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            current.unfinished = type == QLatin1String("unfinished");
            if (type == QLatin1String("vanished") || type == QLatin1String("obsolete")) {
                xml.skipCurrentElement();
                continue;
            }
            // Plural entries hold <numerusform> children.
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
            }
            current.translation = text.trimmed();
            entries << current;
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return entries;
}

// Brand and platform names, codes and pure placeholders read the same in every language.
bool mayStayEnglish(const QString &source)
{
    static const QSet<QString> allowed{
        QStringLiteral("Instagram"), QStringLiteral("TikTok"),   QStringLiteral("YouTube"),
        QStringLiteral("Facebook"),  QStringLiteral("X"),        QStringLiteral("LinkedIn"),
        QStringLiteral("KOL"),       QStringLiteral("KOC"),      QStringLiteral("KOLs"),
        QStringLiteral("KOCs"),      QStringLiteral("Blog"),     QStringLiteral("Podcast"),
        QStringLiteral("TV"),        QStringLiteral("Influencer"), QStringLiteral("Influencers"),
        QStringLiteral("Nano"),      QStringLiteral("Micro"),    QStringLiteral("Macro"),
        QStringLiteral("Mega"),      QStringLiteral("Campaign Planner"), QStringLiteral("Radio"),
        QStringLiteral("Fashion"),   QStringLiteral("Gaming"),   QStringLiteral("Travel"),
        QStringLiteral("rial"),
        // Marketing abbreviations used as they are in Vietnam, Indonesia and Iran.
        QStringLiteral("CPM"),       QStringLiteral("CPE"),      QStringLiteral("EMV"),
        QStringLiteral("CPM %1 · CPE %2 · EMV %3")};
    QString stripped = source;
    stripped.remove(QLatin1Char('&'));
    if (allowed.contains(stripped))
        return true;
    // The product's name is a name: what remains besides it must be placeholders.
    stripped.remove(QStringLiteral("Campaign Planner"));
    static const QRegularExpression onlyPlaceholders(QStringLiteral("^[%0-9 :·—()“”\\-]*$"));
    return onlyPlaceholders.match(stripped).hasMatch();
}

class TranslationFile : public ::testing::TestWithParam<const char *>
{
};

} // namespace

TEST_P(TranslationFile, HasNoUnfinishedOrUntranslatedEntries)
{
    const QString path = QStringLiteral(TRANSLATIONS_DIR "/campaign-planner_%1.ts").arg(QLatin1String(GetParam()));
    const QList<Entry> entries = readEntries(path);
    EXPECT_GT(entries.size(), 100) << "the .ts file looks empty: run the update_translations target";
    for (const Entry &entry : entries) {
        EXPECT_FALSE(entry.unfinished) << entry.context.toStdString() << ": " << entry.source.toStdString();
        EXPECT_FALSE(entry.translation.isEmpty()) << entry.context.toStdString() << ": " << entry.source.toStdString();
        if (!mayStayEnglish(entry.source)) {
            EXPECT_NE(entry.translation, entry.source)
                << "left in English in " << GetParam() << ": " << entry.source.toStdString();
        }
    }
}

INSTANTIATE_TEST_SUITE_P(AllLanguages, TranslationFile, ::testing::Values("vi", "id", "fa"));
