#include <inventory/InventoryLoader.h>
#include <ssh/ShellCommand.h>

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

// Whatever bytes an operator's editor or a broken disk leaves in an inventory, loading
// it must end in an inventory or in problems, never in a crash or a half-load. Every
// scalar that survives loading is also pushed through the quoting function.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto result = nb::InventoryLoader::parse(bytes, QStringLiteral("fuzz.yaml"));
    if (result.inventory.has_value() == !result.problems.isEmpty())
        __builtin_trap();
    for (const auto &problem : result.problems) {
        if (problem.toString().isEmpty())
            __builtin_trap();
    }
    nb::ShellCommand command("printf %s");
    command.arg(QString::fromUtf8(bytes));
    if (command.isValid() && !command.text().startsWith(QLatin1String("printf %s '")))
        __builtin_trap();
    return 0;
}
