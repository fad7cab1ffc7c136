#pragma once

#include "command.h"

namespace planner {

// "generate": adds any number of synthetic candidates in one transaction, for measuring
// the program at scale.
class GenerateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(GenerateCommand)

public:
    QStringList words() const override;
    QString summary() const override;
    QString usage() const override;
    QStringList options() const override;
    QStringList requiredOptions() const override;
    bool readOptions(const CommandLine &line, QString *message) override;
    ExitCode run(Workspace &workspace, Console &console) override;

private:
    qint64 m_count = 0;
    quint32 m_seed = 0;
    bool m_seedGiven = false;
};

} // namespace planner
