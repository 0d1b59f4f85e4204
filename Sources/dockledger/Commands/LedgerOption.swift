import ArgumentParser

/// `--ledger FILE`, accepted by every command, beside the positional FILE where a command has one.
struct LedgerOption: ParsableArguments {
    @Option(
        name: .customLong("ledger"),
        help: ArgumentHelp("The ledger file (default: data/ledger.json).", valueName: "file"))
    var path: String?

    /// The ledger to use: the positional FILE or `--ledger` (both only when they agree), else the default.
    func resolve(_ positional: String? = nil) throws -> String {
        if let positional, let path, positional != path {
            throw CLIError("FILE \"\(positional)\" and --ledger \"\(path)\" name two different ledgers; give one")
        }
        return try LedgerLocation.resolve(positional ?? path)
    }
}
