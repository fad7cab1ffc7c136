// The .ts files are complete: no unfinished entry, and no translation left equal to its
// English source except names, units and codes that are the same in every language. The
// same check runs on the program's own files and on its Vietnamese and Indonesian
// translations of Qt's strings, and is shown to catch both faults in a file made to hold them.
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

QList<Entry> readEntries(QXmlStreamReader &xml)
{
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

QList<Entry> readEntries(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    QXmlStreamReader xml(&file);
    return readEntries(xml);
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
        QStringLiteral("rial"),      QStringLiteral("toman"),    QStringLiteral("OK"),
        // Units of file sizes in Qt's file dialog.
        QStringLiteral("%1 KB"),     QStringLiteral("%1 MB"),    QStringLiteral("%1 GB"),
        QStringLiteral("%1 TB"),
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

// What is wrong with a file's entries, one line each; empty when it is complete.
QStringList faultsOf(const QList<Entry> &entries)
{
    QStringList faults;
    for (const Entry &entry : entries) {
        const QString where = entry.context + QLatin1String(": ") + entry.source;
        if (entry.unfinished)
            faults << QLatin1String("unfinished in ") + where;
        else if (entry.translation.isEmpty())
            faults << QLatin1String("empty in ") + where;
        else if (!mayStayEnglish(entry.source) && entry.translation == entry.source)
            faults << QLatin1String("left in English in ") + where;
    }
    return faults;
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
    EXPECT_EQ(faultsOf(entries), QStringList()) << GetParam();
}

// Qt draws a mnemonic's underline by breaking the joined Persian letters around it, so the
// word comes out wider than measured and labels, tabs and buttons lose their last letters
// ("بودج" for "بودجه:"). Persian translations carry no mnemonic on a Persian letter.
TEST(PersianTranslation, PutsNoMnemonicInsideJoinedLetters)
{
    static const QRegularExpression mnemonic(QStringLiteral("&[\\x{0600}-\\x{06FF}]"));
    for (const Entry &entry : readEntries(QStringLiteral(TRANSLATIONS_DIR "/campaign-planner_fa.ts")))
        EXPECT_FALSE(mnemonic.match(entry.translation).hasMatch()) << entry.translation.toStdString();
}

INSTANTIATE_TEST_SUITE_P(AllLanguages, TranslationFile, ::testing::Values("vi", "id", "fa"));

TEST(QtStringsFile, VietnameseAndIndonesianTranslateQtsButtonsDialogsAndMenus)
{
    for (const char *language : {"vi", "id"}) {
        const QList<Entry> entries =
            readEntries(QStringLiteral(TRANSLATIONS_DIR "/qt/qt-widgets_%1.ts").arg(QLatin1String(language)));
        EXPECT_GT(entries.size(), 100) << language;
        EXPECT_EQ(faultsOf(entries), QStringList()) << language;
    }
}

TEST(TranslationCheck, CatchesUnfinishedAndEnglishEntriesButNotNamesOrUnits)
{
    QXmlStreamReader xml(QStringLiteral(
        "<TS version=\"2.1\" language=\"vi\"><context><name>MainWindow</name>"
        "<message><source>&amp;File</source><translation type=\"unfinished\"></translation></message>"
        "<message><source>Budget</source><translation>Budget</translation></message>"
        "<message><source>Followers</source><translation>Người theo dõi</translation></message>"
        "<message><source>TikTok</source><translation>TikTok</translation></message>"
        "<message><source>%1 MB</source><translation>%1 MB</translation></message>"
        "<message><source>CPM</source><translation>CPM</translation></message>"
        "</context></TS>"));
    const QStringList faults = faultsOf(readEntries(xml));
    EXPECT_EQ(faults, (QStringList{QStringLiteral("unfinished in MainWindow: &File"),
                                   QStringLiteral("left in English in MainWindow: Budget")}));
}
