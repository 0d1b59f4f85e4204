import ArgumentParser
import Foundation
import Model

/// Where a command finds its ledger when none is named: `data/ledger.json` in the current
/// folder, the demo ledger's place, as the dashboard does.
enum LedgerLocation {
    static let defaultPath = "data/ledger.json"

    static func resolve(_ given: String?) throws -> String {
        if let given { return given }
        guard FileManager.default.fileExists(atPath: defaultPath) else {
            throw CLIError("no ledger named and no \(defaultPath) here; pass a FILE or run `dockledger init FILE`")
        }
        return defaultPath
    }
}

/// A day given on the command line (`--as-of`), for reports that must not depend on the clock.
struct Day: ExpressibleByArgument {
    let seconds: Double

    init?(argument: String) {
        guard let s = ISODate.seconds(argument) else { return nil }
        seconds = s
    }

    static func now() -> Double { Date().timeIntervalSince1970 }
}

/// Runs one scripted change (lock, load, change, validate, save) and prints its line; any
/// failure becomes one clear error.
func scriptedEdit(
    _ path: String, as command: String, wait: WaitOption = WaitOption(),
    _ change: (inout Ledger) throws(ScriptedEdit.Failure) -> String
) throws {
    do {
        print(try ScriptedEdit.run(on: path, command: command, waitSeconds: wait.seconds ?? 0, change))
    } catch {
        throw CLIError(error.description)
    }
}

/// `--wait SECONDS` on every editing command: wait for a lock another process holds (an open
/// dashboard lends it for the edit and reloads) instead of failing at once.
struct WaitOption: ParsableArguments {
    @Option(
        name: .customLong("wait"),
        help: ArgumentHelp(
            "Wait up to this many seconds for the write lock (an open dashboard lends it and reloads).",
            valueName: "seconds"))
    var seconds: Double?

    func validate() throws {
        if let seconds, !(seconds.isFinite && seconds >= 0 && seconds <= 86_400) {
            throw ValidationError("--wait: seconds from 0 to 86400, got \(seconds)")
        }
    }
}
