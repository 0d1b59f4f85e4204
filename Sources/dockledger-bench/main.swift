import Foundation
import Model
import TUI

// Times what the dashboard does with a big ledger: load (parse + validate), the engine's
// report, building the dashboard state, drawing a frame into the in-memory screen, and one
// keystroke. Prints the median of several runs. Run with `swift run -c release dockledger-bench`.

// `--dashboard-probe FILE`: the dashboard's interactive figures, for `--versus` (which runs it).
if let at = CommandLine.arguments.firstIndex(of: "--dashboard-probe"), CommandLine.arguments.indices.contains(at + 1) {
    try dashboardProbe(
        path: CommandLine.arguments[at + 1], edits: 3,
        firstFrameOnly: CommandLine.arguments.contains("--first-frame-only"))
    exit(0)
}

// `--generate COUNT FILE`: the synthetic ledger as a file, for `--versus` (which runs it).
if let at = CommandLine.arguments.firstIndex(of: "--generate"), CommandLine.arguments.indices.contains(at + 2),
    let count = Int(CommandLine.arguments[at + 1])
{
    try generateLedger(count: count, to: CommandLine.arguments[at + 2], asOf: ISODate.seconds("2026-11-26")!)
    exit(0)
}

// `--versus [COUNT ...] [--rounds N]`: dockledger side by side with python3 and jq (Versus.swift).
if CommandLine.arguments.contains("--versus") {
    var counts: [Int] = []
    var rounds = 5
    var arguments = CommandLine.arguments.dropFirst()
    while let argument = arguments.popFirst() {
        if argument == "--rounds", let n = arguments.popFirst().flatMap({ Int($0) }) {
            rounds = max(1, n)
        } else if let count = Int(argument) {
            counts.append(count)
        }
    }
    let bench = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path
    let dockledger = URL(fileURLWithPath: bench).deletingLastPathComponent().appendingPathComponent("dockledger").path
    guard FileManager.default.isExecutableFile(atPath: dockledger) else {
        print("dockledger-bench: no dockledger binary beside this one (\(dockledger)): run `swift build -c release`")
        exit(1)
    }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dockledger-versus-\(getpid())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    do {
        try VersusBench(
            counts: counts.isEmpty ? [10_000, 100_000] : counts, rounds: rounds, folder: folder, dockledger: dockledger,
            bench: bench
        ).run()
    } catch {
        print("dockledger-bench: \(error)")
        try? FileManager.default.removeItem(at: folder)
        exit(1)
    }
    try? FileManager.default.removeItem(at: folder)
    exit(0)
}

// `--report-only N`: build one ledger and compute one report, nothing else; for profilers
// (valgrind --tool=callgrind), where the full benchmark would take too long.
let reportOnly = CommandLine.arguments.contains("--report-only")
// `--git-history N`: the trend read from a ledger's N commits (see GitHistoryBench.swift).
let gitHistoryCommits = CommandLine.arguments.firstIndex(of: "--git-history").flatMap {
    CommandLine.arguments.indices.contains($0 + 1) ? Int(CommandLine.arguments[$0 + 1]) : nil
}
let sizes = gitHistoryCommits == nil ? CommandLine.arguments.dropFirst().compactMap { Int($0) } : []
let projectCounts = sizes.isEmpty ? [10_000, 100_000] : sizes
let runs = 5

func median(_ body: () -> Void) -> Double {
    var times: [Double] = []
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
    }
    return times.sorted()[runs / 2]
}

/// One run: what happens the first time only (e.g. a column's order computed before it is cached).
func once(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
}

func ms(_ value: Double) -> String { String(format: "%9.2f ms", value) }

if let commits = gitHistoryCommits {
    gitHistoryBench(commits: commits)
    exit(0)
}

if reportOnly {
    let ledger = syntheticLedger(sizes.first ?? 10_000)
    let report = MetricEngine.report(ledger, asOf: ISODate.seconds("2026-11-26")!)
    print("report of \(report.counts.projects) projects: \(report.metrics.count) metrics")
    exit(0)
}

let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dockledger-bench-\(getpid())")
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: folder) }
let asOf = ISODate.seconds("2026-11-26")!

// `--scan [N]`: time a scan of N generated repositories (default 1,000) and stop.
if CommandLine.arguments.contains("--scan") {
    try scanBenchmark(repositories: sizes.first ?? 1_000, in: folder)
    try? FileManager.default.removeItem(at: folder)
    exit(0)
}

print("dockledger-bench: median of \(runs) runs")
for count in projectCounts {
    let path = folder.appendingPathComponent("ledger-\(count).json").path
    try LedgerStore.save(syntheticLedger(count), to: path)
    let bytes = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    print("\n\(count) projects (\(bytes / 1024) KiB):")

    var ledger = Ledger()
    print("  load (parse + validate)       ", ms(median { ledger = try! LedgerStore.load(path).ledger }))
    print("  engine report                 ", ms(median { _ = MetricEngine.report(ledger, asOf: asOf) }))
    var state = AppState(ledger: ledger, fileName: "ledger.json", asOf: asOf, size: Size(columns: 100, rows: 30))
    print(
        "  dashboard state (report+caches)",
        ms(
            median {
                state = AppState(
                    ledger: ledger, fileName: "ledger.json", asOf: asOf, size: Size(columns: 100, rows: 30))
            }))
    var screen = CellScreen(columns: 100, rows: 30)
    // Tabs past the ninth have no digit key (Conflicts, shown only during a merge).
    for tab in Tab.allCases {
        guard let key = tab.key else { continue }
        state = update(state, .key(.char(key))).0
        let label = "frame, tab \(tab.number) \(tab.title)".padding(toLength: 31, withPad: " ", startingAt: 0)
        print("  \(label)", ms(median { render(state, into: &screen) }))
    }
    state = update(state, .key(.char("2"))).0
    print(
        "  key End on the inventory + frame",
        ms(
            median {
                var s = update(state, .key(.end)).0
                s = update(s, .key(.up)).0
                render(s, into: &screen)
            }))
    // `>` then `s`: the column cursor to Owner, sorted by it (the first sort by a column
    // computes its order, later ones read it until the ledger changes).
    let onOwner = update(state, .key(.char(">"))).0
    print(
        "  key s (sort by owner) + frame ",
        ms(
            median {
                let s = update(onOwner, .key(.char("s"))).0
                render(s, into: &screen)
            }))
    var onStatus = state
    for _ in 0..<3 { onStatus = update(onStatus, .key(.char(">"))).0 }
    print(
        "  key s (by status, first) + frame", ms(once { render(update(onStatus, .key(.char("s"))).0, into: &screen) }))
    print(
        "  key s (by status, again) + frame",
        ms(median { render(update(onStatus, .key(.char("s"))).0, into: &screen) }))
    let byStatus = update(onStatus, .key(.char("s"))).0
    print(
        "  key S (status reversed) + frame",
        ms(median { render(update(byStatus, .key(.char("S"))).0, into: &screen) }))
    var typed = update(state, .key(.char("/"))).0
    print(
        "  filter keystroke + frame      ",
        ms(
            median {
                typed = update(typed, .key(.char("7"))).0
                render(typed, into: &screen)
                typed = update(typed, .key(.backspace)).0
            }))
    // Issue forms: the project combo offers every project name, filtered per keystroke.
    let issues = update(state, .key(.char("6"))).0
    print("  issue n (form) + frame        ", ms(median { render(update(issues, .key(.char("n"))).0, into: &screen) }))
    let projectField = update(update(issues, .key(.char("n"))).0, .key(.down)).0
    print(
        "  type-ahead keystroke + frame  ",
        ms(median { render(update(projectField, .key(.char("7"))).0, into: &screen) }))
    let logForm = update(issues, .key(.char("n"))).0
    print("  log issue (Enter) + frame     ", ms(median { render(update(logForm, .key(.enter)).0, into: &screen) }))
    let editForm = update(issues, .key(.char("e"))).0
    print("  edit issue (Enter) + frame    ", ms(median { render(update(editForm, .key(.enter)).0, into: &screen) }))
}

// Editing: what a committed edit costs on the main thread (the report and caches are rebuilt
// once), and what the background save costs (validate, encode, write, fsync, rename).
for count in projectCounts {
    let path = folder.appendingPathComponent("ledger-\(count).json").path
    let ledger = try LedgerStore.load(path).ledger
    var state = AppState(ledger: ledger, fileName: "ledger.json", asOf: asOf, size: Size(columns: 100, rows: 30))
    state = update(state, .key(.char("2"))).0
    var screen = CellScreen(columns: 100, rows: 30)
    print("\n\(count) projects, editing:")
    print(
        "  edit a field + Enter + frame   ",
        ms(
            median {
                var s = update(state, .key(.char("E"))).0
                s = update(s, .key(.down)).0
                s = update(s, .key(.char("x"))).0
                s = update(s, .key(.enter)).0
                render(s, into: &screen)
            }))
    // `e` on the Owner cell: one field edited in place, the same commit as the form's.
    let onOwnerCell = update(state, .key(.char(">"))).0
    print(
        "  edit a cell in place + frame   ",
        ms(
            median {
                var s = update(onOwnerCell, .key(.char("e"))).0
                s = update(s, .key(.char("x"))).0
                s = update(s, .key(.enter)).0
                render(s, into: &screen)
            }))
    let edited = update(update(update(state, .key(.char("E"))).0, .key(.char("x"))).0, .key(.enter)).0
    print(
        "  undo + frame                   ",
        ms(
            median {
                let s = update(edited, .key(.char("u"))).0
                render(s, into: &screen)
            }))
    // `a`, a name, Enter: a project added (at the end of the file); `d` `y`: the one under the
    // cursor deleted, and `u` bringing it back. Each updates the report, filter keys and kept
    // column orders by that one project.
    var addForm = update(state, .key(.char("a"))).0
    for c in "bench-added" { addForm = update(addForm, .key(.char(c))).0 }
    print("  add a project (Enter) + frame  ", ms(median { render(update(addForm, .key(.enter)).0, into: &screen) }))
    let deleteAsked = update(update(state, .key(.down)).0, .key(.char("d"))).0
    print(
        "  delete a project (y) + frame   ",
        ms(median { render(update(deleteAsked, .key(.char("y"))).0, into: &screen) }))
    let deleted = update(deleteAsked, .key(.char("y"))).0
    print(
        "  undo of the delete + frame     ", ms(median { render(update(deleted, .key(.char("u"))).0, into: &screen) }))
    // Sorted by Status once, then by name: an edit, then sorting by Status again reads its kept
    // order (one row moved by the edit) instead of grading every project.
    var statusKnown = state
    for key: Character in [">", ">", ">", "s", "<", "<", "<", "s"] {
        statusKnown = update(statusKnown, .key(.char(key))).0
    }
    print(
        "  edit Enter, s by Status + frame",
        ms(
            median {
                var s = update(statusKnown, .key(.char("E"))).0
                s = update(s, .key(.down)).0
                s = update(s, .key(.char("x"))).0
                s = update(s, .key(.enter)).0
                for key: Character in [">", ">", ">", "s"] { s = update(s, .key(.char(key))).0 }
                render(s, into: &screen)
            }))
    print("  save, whole ledger (validate all)", ms(median { try! LedgerStore.save(edited.ledger, to: path) }))
    // What the dashboard's background save does: over the version it knows, one project
    // changed each time, validated and encoded alone; the rest copied from the previous file.
    let loaded = try LedgerStore.load(path)
    var session = LedgerSession(path: path, loaded: loaded)
    session.prepareForSaving()
    var current = loaded.ledger
    var times: [Double] = []
    for edit in 1...runs {
        current.projects[(count / 2 + edit * 7919) % count].owner = "owner \(edit)"
        let start = DispatchTime.now().uptimeNanoseconds
        try! session.save(current)
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
    }
    print("  save one edit (background thread)", ms(times.sorted()[runs / 2]))
}
