import ArgumentParser
import Model

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new ledger with the SAP-011 defaults and an empty inventory.")

    @Argument(help: "Where to create the ledger; an existing file is never overwritten.")
    var file: String?

    @OptionGroup var ledger: LedgerOption

    func run() throws {
        guard let file = file ?? ledger.path else { throw CLIError("name the ledger to create: dockledger init FILE") }
        if let path = ledger.path, path != file {
            throw CLIError("FILE \"\(file)\" and --ledger \"\(path)\" name two different ledgers; give one")
        }
        let today = ISODate.day(fromSeconds: Day.now())
        try LedgerStore.save(Ledger.new(today: today), to: file, createOnly: true)
        print("created \(file)")
    }
}
