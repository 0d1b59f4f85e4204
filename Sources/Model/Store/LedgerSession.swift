/// A ledger file as one writer holds it: where it is and which version of it was last read or
/// written, so a save never silently overwrites what another program wrote in between.
public struct LedgerSession: Sendable {
    public let path: String
    public private(set) var fingerprint: FileFingerprint?
    /// What the file at `fingerprint` holds, when this session read or wrote it: a save over it
    /// validates and writes only what changed since.
    private var known: LedgerStore.StoredVersion?
    /// The version the backup held before the last save, freed by `releaseRetired()`.
    private var retired: RetiredFile?

    /// A session on a version of the file whose content it does not know: the first save
    /// validates and writes the whole ledger.
    public init(path: String, fingerprint: FileFingerprint?) {
        self.path = LedgerFile.resolved(path)
        self.fingerprint = fingerprint
    }

    /// A session on the version of the file that was loaded.
    public init(path: String, loaded: LoadedLedger) {
        self.init(path: path, fingerprint: loaded.fingerprint)
        known = LedgerStore.StoredVersion(
            ledger: loaded.ledger, fingerprint: loaded.fingerprint, layout: loaded.layout)
    }

    /// Does now what the first save would otherwise do first: finds where the known version's
    /// records lie in the file (a dashboard calls it off the keyboard's thread after opening or
    /// reloading).
    public mutating func prepareForSaving() {
        known?.prepare(path: path)
    }

    /// Whether the file on disk is no longer the version this session knows.
    public var changedOnDisk: Bool { FileFingerprint.of(path) != fingerprint }

    /// Saves crash-safely unless the file changed on disk since it was read (then the caller
    /// should offer to reload instead).
    /// `rewritingAll`: validate and encode the whole ledger even where it is unchanged, so
    /// the file comes out normalised (`validate --rewrite`).
    public mutating func save(_ ledger: Ledger, rewritingAll: Bool = false) throws(LedgerError) {
        try save(ledger, rewritingAll: rewritingAll, whileWriting: {})
    }

    /// `whileWriting` is a test seam: it runs after the temp file is written, where another
    /// program's write would otherwise be overwritten.
    mutating func save(_ ledger: Ledger, rewritingAll: Bool = false, whileWriting: () -> Void) throws(LedgerError) {
        if changedOnDisk { throw .changedOnDisk(file: path) }
        let expected = fingerprint
        let path = path
        let saved = try LedgerStore.save(
            ledger, to: path, createOnly: false, over: rewritingAll ? nil : known,
            beforeCommit: {
                whileWriting()
                // Again right before the rename: a write by another program during validation,
                // encoding and fsync must not be overwritten.
                if FileFingerprint.of(path) != expected { throw LedgerError.changedOnDisk(file: path) }
            })
        fingerprint = saved.version.fingerprint
        known = saved.version
        retired = saved.retired
    }

    /// Frees the version of the file the backup held before the last save. A save keeps it
    /// open so that it is freed after the edit is safely on disk instead of before: the
    /// dashboard's saver calls this once it has reported the save (a command simply exits).
    public mutating func releaseRetired() {
        retired = nil
    }

    /// Takes the file's version on disk as the known one without reading it: the next save
    /// overwrites what another program wrote (only after the user agreed to that), validating
    /// and writing the whole ledger since what that version holds is not known.
    public mutating func adoptDiskVersion() {
        fingerprint = FileFingerprint.of(path)
        known = nil
    }

    /// Reads the file again, adopting its version as the one this session knows.
    public mutating func reload() throws(LedgerError) -> Ledger {
        let loaded = try LedgerStore.load(path)
        fingerprint = loaded.fingerprint
        known = LedgerStore.StoredVersion(ledger: loaded.ledger, fingerprint: loaded.fingerprint, layout: loaded.layout)
        return loaded.ledger
    }
}

/// One scripted change from the command line: lock, load (which validates the whole ledger),
/// change, validate what changed, save (copying what did not), unlock.
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
        rewritingAll: Bool = false, _ change: (inout Ledger) throws(Failure) -> String
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
            session = LedgerSession(path: path, loaded: loaded)
            ledger = loaded.ledger
        } catch { throw .ledger(error) }
        if !ledger.conflicts.isEmpty { throw .refused(unresolvedConflicts(ledger.conflicts, in: path)) }
        let message = try change(&ledger)
        do { try session.save(ledger, rewritingAll: rewritingAll) } catch { throw .ledger(error) }
        return message
    }
}

/// Why a ledger with merge conflicts is not edited: each conflict named, and how to settle them.
public func unresolvedConflicts(_ conflicts: [MergeConflict], in path: String) -> String {
    "\(path): \(conflicts.count) unresolved merge conflict\(conflicts.count == 1 ? "" : "s") ("
        + conflicts.map(\.path.description).joined(separator: ", ")
        + "); resolve them in the dashboard (`dockledger \(path)`) before editing"
}
