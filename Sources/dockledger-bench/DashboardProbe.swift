import BenchSupport
import Foundation
import Model
import TUI

/// `dockledger-bench --dashboard-probe FILE`: the dashboard's interactive figures, in a fresh
/// process (so its memory is the dashboard's own), through the functions the dashboard calls:
/// `LedgerStore.load` and the write lock (as `dockledger FILE` does before curses starts),
/// `Dashboard.openingState`, `render` (on an in-memory `CellScreen` instead of curses), then,
/// as the run loop does once the first frame is up, the saver getting ready; `update` for every
/// key, and for each `Effect.save` the `LedgerSession.save` the background saver runs, on a
/// thread of its own as there. Prints one `name value...` line per sample for the side-by-side
/// run to read (`DashboardSamples`).
/// `firstFrameOnly` (`--first-frame-only`): stops after the first frame, for profilers.
func dashboardProbe(path: String, edits: Int, firstFrameOnly: Bool = false) throws {
    let start = monotonicNanoseconds()
    let loaded = try LedgerStore.load(path)
    let lock = try? LedgerLock.acquire(for: path, command: "dockledger-bench probe")
    let setup = DashboardSetup(path: path, loaded: loaded, readOnlyReason: nil, notice: nil, lock: HeldLock(lock))
    var state = Dashboard.openingState(setup, size: Size(columns: 120, rows: 40))
    var screen = CellScreen(columns: 120, rows: 40)
    render(state, into: &screen)
    let firstFrame = monotonicNanoseconds()
    guard screen.lines.contains(where: { $0.contains("Multi-stage builds") }) else {
        throw ChildFailure(description: "the first frame is not the Coverage tab")
    }
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    print("firstFrameAt", firstFrame)
    print("firstFrameCPU", seconds(usage.ru_utime) + seconds(usage.ru_stime))
    print("loadToFrame", milliseconds(from: start, to: firstFrame))
    print("residentOpen", try memory().residentKiB, try memory().peakKiB)
    if firstFrameOnly { return }
    // Made when the dashboard makes its saver, once the first frame is up: it gets ready for
    // saving in the background.
    let saver = SaveThread(LedgerSession(path: path, loaded: loaded))
    // A user's first key comes later than that takes (0.1 s at 100,000 projects); waited for, so
    // the keystroke figures (the whole process's CPU) do not count it.
    saver.waitUntilReady()

    // Typing a word into the Inventory filter and taking it back, three times.
    state = update(state, .key(.char("2"))).0
    for _ in 0..<3 {
        state = update(state, .key(.char("/"))).0
        let keys = "python".map { Key.char($0) } + Array(repeating: Key.backspace, count: 6)
        for key in keys {
            let before = (monotonicNanoseconds(), cpuNanoseconds())
            state = update(state, .key(key)).0
            render(state, into: &screen)
            print(
                "filterKey", milliseconds(from: before.0, to: monotonicNanoseconds()), cpuMilliseconds(since: before.1))
        }
        state = update(state, .key(.escape)).0
    }

    // Edits as a user makes them: the whole form (E; `e` edits the cell under the column
    // cursor, the name, which would time a rename), Down to the owner, type, Enter. On the last
    // row (End), the last project of the generated file, so that finding it again after the
    // edit is timed at its dearest, not at the first project.
    state = update(state, .key(.end)).0
    for _ in 0..<edits {
        for key in [Key.char("E"), .down, .char("x")] { state = update(state, .key(key)).0 }
        let before = monotonicNanoseconds()
        let cpuBefore = cpuNanoseconds()
        let (next, effects) = update(state, .key(.enter))
        state = next
        render(state, into: &screen)
        let onScreen = monotonicNanoseconds()
        let cpuOnScreen = cpuMilliseconds(since: cpuBefore)
        guard let ledger = effects.lazy.compactMap(\.savedLedger).first else {
            throw ChildFailure(description: "E, Down, x, Enter on the Inventory made no edit to save")
        }
        try saver.save(ledger)
        let onDisk = monotonicNanoseconds()
        state = update(state, .storage(.saved(at: "00:00:00"))).0
        // What the saver does after reporting a save (freeing the replaced backup) is not
        // counted in the next edit's figures.
        saver.waitUntilReady()
        print("editToScreen", milliseconds(from: before, to: onScreen), cpuOnScreen)
        print("editToDisk", milliseconds(from: before, to: onDisk), cpuMilliseconds(since: cpuBefore))
    }
    print("residentEdited", try memory().residentKiB, try memory().peakKiB)
    _ = setup
}

/// The save as the dashboard's background saver runs it: `LedgerSession.save` on a thread of its
/// own (its memory lands in that thread's malloc arena, as in the dashboard); here waited for.
private final class SaveThread: @unchecked Sendable {
    private var session: LedgerSession
    private var failure: LedgerError?
    private let queue = DispatchQueue(label: "dockledger-bench.save")

    init(_ session: LedgerSession) {
        self.session = session
        queue.async { self.session.prepareForSaving() }
    }

    func waitUntilReady() { queue.sync {} }

    func save(_ ledger: Ledger) throws(LedgerError) {
        let done = DispatchSemaphore(value: 0)
        queue.async {
            do throws(LedgerError) { try self.session.save(ledger) } catch { self.failure = error }
            done.signal()
            // As the saver does once the save is reported.
            self.session.releaseRetired()
        }
        done.wait()
        if let failure { throw failure }
    }
}

extension Effect {
    fileprivate var savedLedger: Ledger? {
        if case .save(let ledger) = self { return ledger }
        return nil
    }
}

private func milliseconds(from start: UInt64, to end: UInt64) -> Double { Double(end - start) / 1e6 }

/// CPU time of the whole process (every thread, so the save thread's too), in nanoseconds.
private func cpuNanoseconds() -> UInt64 {
    var now = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now)
    return UInt64(now.tv_sec) * 1_000_000_000 + UInt64(now.tv_nsec)
}

private func cpuMilliseconds(since start: UInt64) -> Double { Double(cpuNanoseconds() - start) / 1e6 }

private func memory() throws -> MemoryStatus {
    let text = try String(contentsOfFile: "/proc/self/status", encoding: .utf8)
    guard let status = MemoryStatus(procStatus: text) else {
        throw ChildFailure(description: "no VmRSS/VmHWM in /proc/self/status")
    }
    return status
}

/// What one probe printed.
struct DashboardSamples {
    var firstFrameAt: UInt64 = 0
    /// The probe's CPU time (user + system) from its start to the first frame, in seconds.
    var firstFrameCPU = Double.nan
    var loadToFrame = 0.0
    var open = MemoryStatus(residentKiB: 0, peakKiB: 0)
    var edited = MemoryStatus(residentKiB: 0, peakKiB: 0)
    /// Wall and CPU milliseconds per sample.
    var filterKeys: [Double] = []
    var editToScreen: [Double] = []
    var editToDisk: [Double] = []
    var filterKeysCPU: [Double] = []
    var editToScreenCPU: [Double] = []
    var editToDiskCPU: [Double] = []

    init(parsing text: String) throws {
        for line in text.split(separator: "\n") {
            let words = line.split(separator: " ").map(String.init)
            guard words.count >= 2 else { continue }
            let value = Double(words[1]) ?? 0
            let cpu = words.count > 2 ? Double(words[2]) ?? 0 : 0
            switch words[0] {
            case "firstFrameAt": firstFrameAt = UInt64(words[1]) ?? 0
            case "firstFrameCPU": firstFrameCPU = value
            case "loadToFrame": loadToFrame = value
            case "filterKey": (filterKeys, filterKeysCPU) = (filterKeys + [value], filterKeysCPU + [cpu])
            case "editToScreen": (editToScreen, editToScreenCPU) = (editToScreen + [value], editToScreenCPU + [cpu])
            case "editToDisk": (editToDisk, editToDiskCPU) = (editToDisk + [value], editToDiskCPU + [cpu])
            case "residentOpen", "residentEdited":
                let status = MemoryStatus(residentKiB: Int(words[1]) ?? 0, peakKiB: Int(words.last!) ?? 0)
                if words[0] == "residentOpen" { open = status } else { edited = status }
            default: continue
            }
        }
        guard firstFrameAt > 0 else { throw ChildFailure(description: "the dashboard probe printed no first frame") }
    }
}
