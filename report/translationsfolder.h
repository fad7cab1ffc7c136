#pragma once

#include <QString>

namespace planner {

// Where the program's .qm files are: <prefix>/share/campaign-planner/translations beside an
// installed program (any prefix, a package unpacked into a folder), or the build tree's
// translations folder for a program run from the build tree. Read by the window's
// LanguageManager and by the report's ReportLanguage (the CLI writes reports too).
QString translationsFolder();

} // namespace planner
