/// A ledger file as one writer holds it: where it is and which version of it was last read or
/// written, so a save never silently overwrites what another program wrote in between.
public struct LedgerSession: Sendable {
    public let path: String
    public private(set) var fingerprint: FileFingerprint?

    public init(path: String, fingerprint: FileFingerprint?) {
        self.path = LedgerFile.resolved(path)
        self.fingerprint = fingerprint
    }

    /// Whether the file on disk is no longer the version this session knows.
    public var changedOnDisk: Bool { FileFingerprint.of(path) != fingerprint }

    /// Saves crash-safely unless the file changed on disk since it was read (then the caller
    /// should offer to reload instead).
    public mutating func save(_ ledger: Ledger) throws(LedgerError) {
        try save(ledger, whileWriting: {})
    }

    /// `whileWriting` is a test seam: it runs after the temp file is written, where another
    /// program's write would otherwise be overwritten.
    mutating func save(_ ledger: Ledger, whileWriting: () -> Void) throws(LedgerError) {
        if changedOnDisk { throw .changedOnDisk(file: path) }
        let known = fingerprint
        let path = path
        fingerprint = try LedgerStore.save(
            ledger, to: path, createOnly: false,
            beforeCommit: {
                whileWriting()
                // Again right before the rename: a write by another program during validation,
                // encoding and fsync (most of a second on a big ledger) must not be overwritten.
                if FileFingerprint.of(path) != known { throw LedgerError.changedOnDisk(file: path) }
            })
    }

    /// Takes the file's version on disk as the known one without reading it: the next save
    /// overwrites what another program wrote (only after the user agreed to that).
    public mutating func adoptDiskVersion() {
        fingerprint = FileFingerprint.of(path)
    }

    /// Reads the file again, adopting its version as the one this session knows.
    public mutating func reload() throws(LedgerError) -> Ledger {
        let loaded = try LedgerStore.load(path)
        fingerprint = loaded.fingerprint
        return loaded.ledger
    }
}

/// One scripted change from the command line: lock, load, change, validate, save, unlock.
public enum ScriptedEdit {
    public enum Failure: Error, CustomStringConvertible {
        case locked(LedgerLock.Failure)
        case ledger(LedgerError)
        case refused(String)

        public var description: String {
            switch self {
            case .locked(let f): f.description
            case .ledger(let e): e.description
            case .refused(let reason): reason
            }
        }
    }

    /// `change` returns a line to print, or throws `Failure.refused` with the reason.
    /// `waitSeconds`: how long to wait for a lock another process holds (0: fail at once).
    public static func run(
        on givenPath: String, command: String, waitSeconds: Double = 0,
        _ change: (inout Ledger) throws(Failure) -> String
    ) throws(Failure) -> String {
        // Resolved once: the lock, the read and the save all concern the same file.
        let path = LedgerFile.resolved(givenPath)
        let lock: LedgerLock
        do { lock = try LedgerLock.acquire(for: path, command: command, waitingUpTo: waitSeconds) } catch {
            throw .locked(error)
        }
        defer { withExtendedLifetime(lock) {} }
        var session: LedgerSession
        var ledger: Ledger
        do {
            let loaded = try LedgerStore.load(path)
            session = LedgerSession(path: path, fingerprint: loaded.fingerprint)
            ledger = loaded.ledger
        } catch { throw .ledger(error) }
        if !ledger.conflicts.isEmpty { throw .refused(unresolvedConflicts(ledger.conflicts, in: path)) }
        let message = try change(&ledger)
        do { try session.save(ledger) } catch { throw .ledger(error) }
        return message
    }
}

/// Why a ledger with merge conflicts is not edited: each conflict named, and how to settle them.
public func unresolvedConflicts(_ conflicts: [MergeConflict], in path: String) -> String {
    "\(path): \(conflicts.count) unresolved merge conflict\(conflicts.count == 1 ? "" : "s") ("
        + conflicts.map(\.path.description).joined(separator: ", ")
        + "); resolve them in the dashboard (`dockledger \(path)`) before editing"
}
