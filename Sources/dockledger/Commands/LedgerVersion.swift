import Foundation
import Model

/// A version of the ledger named on the command line: a file, or a git revision of the ledger
/// file (`HEAD~1`, `main`), read with `git show REV:PATH`.
enum LedgerVersion {
    /// An existing file is read as a file; anything else is a revision of `ledger`.
    static func load(_ spec: String, ledger: String) throws -> (ledger: Ledger, name: String) {
        if FileManager.default.fileExists(atPath: spec) {
            do { return (try LedgerStore.load(spec).ledger, spec) } catch { throw CLIError(error.description) }
        }
        let git = Git(beside: ledger)
        let name = "\(spec):\(ledger)"
        let data: Data
        do { data = try git.show(spec, (ledger as NSString).lastPathComponent) } catch {
            throw CLIError("\(spec): neither a file nor a git revision holding \(ledger) (\(error))")
        }
        do { return (try LedgerStore.decode(data, file: name), name) } catch { throw CLIError(error.description) }
    }
}
