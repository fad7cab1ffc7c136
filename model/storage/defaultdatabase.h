#pragma once

#include <QString>

namespace planner {

// Where the GUI and the CLI keep their database when no file is named: the file the GUI
// last had open, else campaign-planner.sqlite in the user's application data folder.
class DefaultDatabase
{
public:
    static QString path();
    static QString standardPath();
    static void rememberLastFile(const QString &path);
    static QString lastFile();
};

} // namespace planner
