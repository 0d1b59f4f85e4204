import Foundation

/// `.dockledger/ui.json` in the ledger's folder: what the dashboard remembers between runs
/// (`UISettings`). Neither reading nor writing it can stop the dashboard: a missing file means
/// the defaults, and a bad file or a folder that cannot be written is one sentence for the
/// status line.
public enum UISettingsFile {
    public static func path(forLedger ledgerPath: String) -> String {
        URL(fileURLWithPath: ledgerPath).deletingLastPathComponent()
            .appendingPathComponent(".dockledger").appendingPathComponent("ui.json").path
    }

    /// The settings kept for the ledger, and what was wrong with the file (then the defaults).
    public static func load(forLedger ledgerPath: String) -> (UISettings, problem: String?) {
        let path = path(forLedger: ledgerPath)
        guard FileManager.default.fileExists(atPath: path) else { return (UISettings(), nil) }
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            return (try UISettings(fileData: data), nil)
        } catch let problem as UISettings.Problem {
            return (UISettings(), "ignored .dockledger/ui.json (\(problem)): default columns")
        } catch {
            return (UISettings(), "cannot read .dockledger/ui.json (\(error.localizedDescription)): default columns")
        }
    }

    /// Writes the settings (the folder is made when missing); nil when written, else why not.
    public static func save(_ settings: UISettings, forLedger ledgerPath: String) -> String? {
        let url = URL(fileURLWithPath: path(forLedger: ledgerPath))
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try settings.fileData.write(to: url, options: .atomic)
            return nil
        } catch {
            return "cannot write .dockledger/ui.json (\(reason(error)))"
        }
    }

    /// The system's words for a failed write ("Permission denied"), not Foundation's sentence.
    private static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if ns.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(ns.code))) }
        return ns.localizedDescription
    }
}
