#pragma once

namespace planner {

// What campaign-planner-cli tells the shell: 0 done, 1 a value or file the user gave was
// refused, 2 the command line itself was wrong (usage text follows on stderr).
enum class ExitCode { Success = 0, UserError = 1, UsageError = 2 };

inline int toInt(ExitCode code)
{
    return static_cast<int>(code);
}

} // namespace planner
