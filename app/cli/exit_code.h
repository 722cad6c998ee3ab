#pragma once
// The process exit codes of every frontline-cli command, as the man page states them (EXIT STATUS).

namespace cli {

enum class ExitCode {
    Ok = 0,
    Failure = 1,  // the work failed: a file with problems, a store that cannot be opened, a file not written
    BadInput = 2, // bad arguments: nothing was attempted
};

} // namespace cli
