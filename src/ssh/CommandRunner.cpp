#include "CommandRunner.h"

namespace nb {

QStringList CommandResult::stdoutLines() const
{
    QStringList result;
    for (const auto &line : lines) {
        if (line.stream == OutputLine::Stream::Stdout)
            result.append(line.text);
    }
    return result;
}

QString CommandResult::stdoutText() const
{
    return stdoutLines().join(QLatin1Char('\n'));
}

} // namespace nb
