import ArgumentParser
import Model

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new ledger with the SAP-011 defaults and an empty inventory.")

    @Argument(help: "Where to create the ledger; an existing file is never overwritten.")
    var file: String

    func run() throws {
        let today = ISODate.day(fromSeconds: Day.now())
        try LedgerStore.save(Ledger.new(today: today), to: file, createOnly: true)
        print("created \(file)")
    }
}
