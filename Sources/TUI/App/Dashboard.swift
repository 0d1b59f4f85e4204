import Foundation
import Model

/// What the dashboard opens: the ledger, its file, and whether this process may write it.
public struct DashboardSetup: Sendable {
    public let path: String
    public let loaded: LoadedLedger
    /// Why the file is read-only, or nil when this process holds the lock and may write.
    public let readOnlyReason: String?
    /// A first status-bar message (e.g. a stale lock was taken over).
    public let notice: String?
    /// The write lock this process holds (none when read-only); the dashboard lends it to a
    /// scripted edit that waits for it (`--wait`) and takes it back.
    public let lock: HeldLock

    public init(
        path: String, loaded: LoadedLedger, readOnlyReason: String?, notice: String?, lock: HeldLock = HeldLock(nil)
    ) {
        self.path = path
        self.loaded = loaded
        self.readOnlyReason = readOnlyReason
        self.notice = notice
        self.lock = lock
    }
}

/// The dashboard's write lock, in a box so lending it really releases it (the lock file is
/// released when the last reference goes). Used on the run loop's thread only.
public final class HeldLock: @unchecked Sendable {
    public var lock: LedgerLock?
    public init(_ lock: LedgerLock?) { self.lock = lock }
}

/// The run loop: draw, wait for a key (or a finished save), update, apply effects. Every curses
/// call stays on this thread; saves run on the saver's.
public enum Dashboard {
    /// Returns nil after `q`, or the signal that ended it (TERM, HUP, INT) once every committed
    /// edit is saved.
    public static func run(_ setup: DashboardSetup, environment: [String: String]) throws(TerminalError) -> Int32? {
        try CursesTerminal.checkUsable(environment: environment)
        ExitSignals.install()
        var terminal = try CursesTerminal.open(environment: environment)
        defer { terminal.close() }
        var state = openingState(setup, size: terminal.size)
        var follower = FileFollower(path: setup.path, lock: setup.lock)
        render(state, into: &terminal)
        // Started once the first frame is up, which needs neither: the saver finds where the
        // file's records lie (for the first save) and the trend reads the git history, both off
        // this thread, but on a busy machine their CPU would otherwise delay the first frame.
        let saver = BackgroundSaver(session: LedgerSession(path: setup.path, loaded: setup.loaded))
        let trendLoader = TrendLoader(path: setup.path)
        let rescans = BackgroundRescan()
        while true {
            if let signal = ExitSignals.pending {
                saver.waitUntilIdle()
                return signal
            }
            // Poll while a save or the git history is in flight so it shows without waiting for a
            // key; otherwise wake a few times a second to follow the file.
            let event = terminal.nextEvent(
                timeoutMilliseconds: saver.isBusy || trendLoader.isBusy || rescans.isBusy
                    ? 50 : FileFollower.pollMilliseconds)
            var events = saver.takeOutcomes().map(Event.storage)
            if let trend = trendLoader.take() { events.append(trend) }
            events += rescans.take()
            // Another program's write first, then the key: a key's edit applies to (and is saved
            // over) the version just followed, never over a version the screen no longer shows.
            events += follower.check(state, saver: saver)
            if let event {
                events.append(event)
            } else if terminal.inputClosed {
                saver.waitUntilIdle()
                return SIGHUP
            }
            for event in events {
                state.now = Date().timeIntervalSince1970
                let (next, effects) = update(state, event)
                state = next
                for effect in effects {
                    switch effect {
                    case .save(let ledger):
                        follower.save(ledger, through: state.unsaved.recorded, saver: saver)
                    case .rescan(let project, let folder):
                        rescans.start(project: project, folder: folder)
                    case .saveSettings(let settings):
                        // A few hundred bytes: written here, at once.
                        if let failure = UISettingsFile.save(settings, forLedger: setup.path) {
                            state = update(state, .settingsNotSaved(failure)).0
                        }
                    case .reload:
                        let (after, _) = update(state, .storage(saver.reload()))
                        state = after
                    case .reloadToReapply:
                        let (after, more) = update(state, .storage(saver.reload(toReapply: true)))
                        state = after
                        for case .save(let ledger) in more {
                            follower.save(ledger, through: state.unsaved.recorded, saver: saver)
                        }
                    case .overwrite(let ledger):
                        saver.adoptDiskVersion()
                        follower.save(ledger, through: state.unsaved.recorded, saver: saver)
                    case .quit:
                        // Quitting never loses work: finish the saves first; if one of them
                        // failed, stay and show it (a second q asks before leaving).
                        saver.waitUntilIdle()
                        let late = saver.takeOutcomes()
                        for outcome in late { state = update(state, .storage(outcome)).0 }
                        if !late.contains(where: \.isFailure) { return nil }
                    }
                }
            }
            render(state, into: &terminal)
        }
    }
}

extension Dashboard {
    /// The state of the first frame: the ledger with what is derived from it, whether it may be
    /// written, the columns chosen last time (`.dockledger/ui.json`; a bad file is said once and
    /// the defaults used) and the first message. The benchmark's probe opens with it too.
    public static func openingState(_ setup: DashboardSetup, size: Size) -> AppState {
        var state = AppState(
            ledger: setup.loaded.ledger, fileName: URL(fileURLWithPath: setup.path).lastPathComponent,
            asOf: Date().timeIntervalSince1970, size: size)
        state.saveState = setup.readOnlyReason.map(SaveState.readOnly) ?? .unchanged
        let (settings, settingsProblem) = UISettingsFile.load(forLedger: setup.path)
        state.apply(settings)
        state.message = [setup.notice, settingsProblem].compactMap { $0 }.joined(separator: " · ").nilIfEmpty
        return state
    }
}

extension String {
    fileprivate var nilIfEmpty: String? { isEmpty ? nil : self }
}
