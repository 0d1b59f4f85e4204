import Foundation
import Model

/// Keeps an open dashboard in step with its file: a read-only dashboard (or a writer with
/// nothing unsaved) reloads when another program saves the file, and a writer lends its lock to
/// a scripted edit that waits for it (`dockledger project set --wait`), then takes it back and
/// reloads. Runs on the run loop's thread; the disk work is a stat and, rarely, a reload.
struct FileFollower {
    static let pollMilliseconds: Int32 = 250
    /// A lent lock is taken back after this long even if the borrower has not finished.
    static let longestLoan: Double = 30

    let path: String
    let lock: HeldLock
    /// When the lock was lent, while it is.
    private var lentAt: Double?
    /// An edit committed while the lock was lent: saved once it is back.
    private var heldBack: (ledger: Ledger, through: Int)?

    init(path: String, lock: HeldLock) {
        self.path = path
        self.lock = lock
    }

    var isLent: Bool { lentAt != nil }

    /// Saves now, or once the lent lock is back.
    /// `through`: the sequence number of the last edit it holds (`BackgroundSaver.submit`).
    mutating func save(_ ledger: Ledger, through: Int, saver: BackgroundSaver) {
        if isLent { heldBack = (ledger, through) } else { saver.submit(ledger, through: through) }
    }

    /// What changed on disk since the last look, as events for update.
    mutating func check(_ state: AppState, saver: BackgroundSaver) -> [Event] {
        let now = Date().timeIntervalSince1970
        if let since = lentAt {
            guard !LedgerLock.isRequested(for: path) || now - since > Self.longestLoan,
                let taken = try? LedgerLock.acquire(for: path, command: "dockledger dashboard")
            else { return [] }
            lock.lock = taken
            lentAt = nil
            if let (ledger, through) = heldBack {
                // Saved against the version it was made on: if the borrower wrote meanwhile,
                // the save reports the conflict and the user chooses.
                heldBack = nil
                saver.submit(ledger, through: through)
                return []
            }
            return saver.changedOnDisk ? [.storage(saver.reload(followed: true))] : []
        }
        guard !saver.isBusy, state.hasNothingUnsaved else { return [] }
        if lock.lock != nil, LedgerLock.isRequested(for: path) {
            lock.lock = nil
            lentAt = now
            return []
        }
        return saver.changedOnDisk ? [.storage(saver.reload(followed: true))] : []
    }
}

extension AppState {
    /// No edit is waiting to be written, so reloading the file loses nothing.
    var hasNothingUnsaved: Bool {
        switch saveState {
        case .unchanged, .saved, .readOnly: true
        case .saving, .failed, .conflict: false
        }
    }
}
