import Dispatch
import Foundation
import Model
import Synchronization

/// Saves off the main thread so a keystroke never waits on disk (ncurses stays on the main
/// thread; this only writes files). Saves coalesce: while one is running only the newest
/// pending ledger is kept, since it contains every earlier edit.
final class BackgroundSaver: Sendable {
    private struct Queue {
        /// The newest ledger asked for, and the sequence number of the last edit it holds.
        var pending: (ledger: Ledger, through: Int)?
        var running = false
        var outcomes: [StorageEvent] = []
    }

    private let state = Mutex(Queue())
    private let session: Mutex<LedgerSession>
    private let worker = DispatchQueue(label: "dockledger.save")

    init(session: LedgerSession) {
        self.session = Mutex(session)
        prepare()
    }

    /// Finds where the file's records lie, off the keyboard's thread, so the first save copies
    /// the unchanged ones instead of encoding them.
    private func prepare() {
        worker.async { self.session.withLock { $0.prepareForSaving() } }
    }

    /// `through`: the sequence number of the last edit `ledger` holds (`UnsavedEdits.recorded`),
    /// reported back with the outcome so that only those edits count as written.
    func submit(_ ledger: Ledger, through: Int) {
        let start = state.withLock { q -> Bool in
            q.pending = (ledger, through)
            if q.running { return false }
            q.running = true
            return true
        }
        if start { worker.async { self.drain() } }
    }

    /// Whether a save is running or waiting (the run loop polls while it is).
    var isBusy: Bool { state.withLock { $0.running || !$0.outcomes.isEmpty } }

    /// What finished since the last call.
    func takeOutcomes() -> [StorageEvent] {
        state.withLock { q in
            defer { q.outcomes.removeAll() }
            return q.outcomes
        }
    }

    /// Blocks until every submitted ledger is written (used on quit).
    func waitUntilIdle() {
        worker.sync {}
    }

    /// Reads the file again and makes its version the one saves compare against. `followed`:
    /// another program saved it and the dashboard follows on its own (not asked for by a key).
    /// `toReapply`: read to replay the unsaved edits on it.
    func reload(followed: Bool = false, toReapply: Bool = false) -> StorageEvent {
        waitUntilIdle()
        do {
            let ledger = try session.withLock { s throws(LedgerError) in try s.reload() }
            prepare()
            if toReapply { return .reloadedToReapply(ledger) }
            return followed ? .followed(ledger) : .reloaded(ledger)
        } catch {
            return .reloadFailed(error.description)
        }
    }

    /// Takes the file's version on disk as the one saves compare against, so the next save
    /// overwrites what another program wrote (the user said yes twice).
    func adoptDiskVersion() {
        waitUntilIdle()
        session.withLock { $0.adoptDiskVersion() }
    }

    /// Whether the file on disk is no longer the version last read or written.
    var changedOnDisk: Bool { session.withLock { $0.changedOnDisk } }

    private func drain() {
        while true {
            let next = state.withLock { q -> (ledger: Ledger, through: Int)? in
                let request = q.pending
                q.pending = nil
                if request == nil { q.running = false }
                return request
            }
            guard let (ledger, through) = next else { return }
            let outcome: StorageEvent
            do {
                try session.withLock { s throws(LedgerError) in try s.save(ledger) }
                outcome = .saved(at: Self.clock(), through: through)
            } catch .changedOnDisk {
                outcome = .changedOnDisk
            } catch {
                outcome = .saveFailed(Self.reason(error))
            }
            state.withLock { $0.outcomes.append(outcome) }
            // The edit is on disk and reported: now free the version the backup held before.
            session.withLock { $0.releaseRetired() }
        }
    }

    /// The part of a store error worth a status bar: the file name is already shown there.
    private static func reason(_ error: LedgerError) -> String {
        switch error {
        case .writeFailed(_, let reason): reason
        default: error.description
        }
    }

    private static func clock() -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "HH:mm:ss"
        return formatter.string(from: Date())
    }
}
