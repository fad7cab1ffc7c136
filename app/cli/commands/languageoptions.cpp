#include "commands/languageoptions.h"

#include "commandspec.h"
#include "import/languagewords.h"
#include "optionreader.h"

namespace planner {

namespace LanguageOptions {

QString name()
{
    return QStringLiteral("languages");
}

QStringList codes(OptionReader &reader)
{
    if (!reader.isSet(name()))
        return {};
    QStringList unreadable;
    const QStringList codes = LanguageWords::codes(reader.text(name()), &unreadable);
    if (!unreadable.isEmpty()) {
        reader.fail(name(), Text::tr("“%1” is not a language (give ISO 639 codes such as vi,fa or names)")
                                .arg(unreadable.first()));
        return {};
    }
    if (codes.isEmpty())
        reader.fail(name(), Text::tr("needs at least one language, such as vi,fa"));
    return codes;
}

void read(OptionReader &reader, CandidateFilter *filter)
{
    filter->ranges.languages = codes(reader);
}

QString usage()
{
    return Text::tr("  --languages LIST  channels posting in any of these languages: ISO 639\n"
                    "            codes or names, comma-separated (vi,fa); unknown languages are\n"
                    "            left out\n");
}

} // namespace LanguageOptions

} // namespace planner
