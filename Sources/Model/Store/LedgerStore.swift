import Foundation

/// Why a ledger could not be read or written, naming the file and the place in it.
public enum LedgerError: Error, Equatable, CustomStringConvertible {
    case unreadable(file: String, reason: String)
    case syntax(file: String, JSONSyntaxError)
    case invalid(file: String, [Diagnostic])
    case newerFormat(file: String, version: Int)
    case writeFailed(file: String, reason: String)
    /// Another program wrote the file since it was read; saving would lose its change.
    case changedOnDisk(file: String)
    /// git merged the file line by line and left `<<<<<<<` markers in it.
    case conflictMarkers(file: String)

    public var description: String {
        switch self {
        case .unreadable(let file, let reason): "\(file): cannot read: \(reason)"
        case .syntax(let file, let e): "\(file):\(e.line):\(e.column): invalid JSON: \(e.reason)"
        case .invalid(let file, let problems):
            "\(file): \(problems.count) problem\(problems.count == 1 ? "" : "s"):\n"
                + problems.map { "  \($0)" }.joined(separator: "\n")
        case .newerFormat(let file, let version):
            "\(file): written by a newer dockledger (formatVersion \(version), this one writes \(Ledger.currentFormatVersion)); refusing to overwrite it"
        case .writeFailed(let file, let reason): "\(file): not saved: \(reason)"
        case .changedOnDisk(let file): "\(file): changed on disk since it was read; not overwritten (reload it first)"
        case .conflictMarkers(let file):
            "\(file): has git conflict markers (git merged it line by line, without the dockledger driver); run `dockledger resolve \(file)` to merge it by identity"
        }
    }
}

/// Identifies the version of a file on disk, to notice when another program wrote it.
public struct FileFingerprint: Equatable, Sendable {
    public let size: Int64
    public let modifiedNanoseconds: Int64
    public let inode: UInt64

    public static func of(_ path: String) -> FileFingerprint? {
        var s = stat()
        guard stat(path, &s) == 0 else { return nil }
        return FileFingerprint(
            size: Int64(s.st_size),
            modifiedNanoseconds: Int64(s.st_mtim.tv_sec) * 1_000_000_000 + Int64(s.st_mtim.tv_nsec),
            inode: UInt64(s.st_ino))
    }
}

public struct LoadedLedger: Sendable {
    public let ledger: Ledger
    public let fingerprint: FileFingerprint?
}

/// Reading, validating and crash-safely writing ledger files.
public enum LedgerStore {
    /// Parses and validates a ledger; any problem is an error naming its line/column or path.
    public static func decode(_ data: Data, file: String) throws(LedgerError) -> Ledger {
        let document: JSONValue
        do { document = try JSONParser.parse(data) } catch {
            throw hasConflictMarkers(data) ? .conflictMarkers(file: file) : .syntax(file: file, error)
        }
        let (ledger, problems) = Ledger.decode(document)
        let all = problems + LedgerValidator.validate(ledger)
        if !all.isEmpty { throw .invalid(file: file, all) }
        return ledger
    }

    /// Whether a line starts with git's `<<<<<<< ` conflict marker (or is `=======` / `>>>>>>> `).
    public static func hasConflictMarkers(_ data: Data) -> Bool {
        let text = String(decoding: data, as: UTF8.self)
        return text.split(separator: "\n", omittingEmptySubsequences: false).contains { line in
            line.hasPrefix("<<<<<<< ") || line.hasPrefix(">>>>>>> ")
        }
    }

    public static func load(_ path: String) throws(LedgerError) -> LoadedLedger {
        // Fingerprint first: if the file changes while we read, the next check sees a difference.
        let fingerprint = FileFingerprint.of(path)
        var info = stat()
        if stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
            throw .unreadable(file: path, reason: "is a directory, not a ledger file")
        }
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            let reason = FileManager.default.fileExists(atPath: path) ? "\(error.localizedDescription)" : "no such file"
            throw .unreadable(file: path, reason: reason)
        }
        return LoadedLedger(ledger: try decode(data, file: path), fingerprint: fingerprint)
    }

    /// The bytes a ledger is saved as: pretty-printed, sorted keys, trailing newline.
    public static func encode(_ ledger: Ledger) -> Data {
        JSONWriter.data(ledger.json)
    }

    /// Validates, then replaces the file atomically, keeping the old one as `.bak`. Refuses a
    /// ledger that does not validate or whose format is newer than this program writes.
    @discardableResult
    public static func save(_ ledger: Ledger, to path: String, createOnly: Bool = false) throws(LedgerError)
        -> FileFingerprint?
    {
        try save(ledger, to: path, createOnly: createOnly, beforeCommit: {})
    }

    /// Writes a merge result over git's temporary file: validated and crash-safe like a save,
    /// but without a `.bak` beside it (git's temporary files live in the work tree).
    public static func writeMerged(_ ledger: Ledger, to path: String) throws(LedgerError) {
        try save(ledger, to: path, createOnly: false, keepBackup: false, beforeCommit: {})
    }

    @discardableResult
    static func save(
        _ ledger: Ledger, to givenPath: String, createOnly: Bool, keepBackup: Bool = true,
        beforeCommit: () throws -> Void
    ) throws(LedgerError) -> FileFingerprint? {
        let path = LedgerFile.resolved(givenPath)
        if ledger.isNewerFormat { throw .newerFormat(file: path, version: ledger.formatVersion) }
        let problems = LedgerValidator.validate(ledger)
        if !problems.isEmpty { throw .invalid(file: path, problems) }
        do {
            try AtomicFile.write(
                encode(ledger), to: path, keepBackup: keepBackup, exclusive: createOnly, beforeCommit: beforeCommit)
        } catch {
            if let refused = error.cause as? LedgerError { throw refused }
            throw .writeFailed(file: path, reason: error.reason)
        }
        return FileFingerprint.of(path)
    }
}
