import Foundation
import Model

@testable import TUI

/// Shared inputs for the screen tests: the demo ledger, edge ledgers, and rendering helpers.
enum Fixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let demoPath = packageRoot.appendingPathComponent("data/ledger.json").path
    /// A fixed day so ages and "as of" never depend on the clock.
    static let asOf = ISODate.seconds("2026-11-26")!

    static func demo() -> Ledger { try! LedgerStore.load(demoPath).ledger }

    static func state(_ ledger: Ledger, columns: Int = 100, rows: Int = 30) -> AppState {
        AppState(ledger: ledger, fileName: "ledger.json", asOf: asOf, size: Size(columns: columns, rows: rows))
    }

    static func screen(_ state: AppState) -> CellScreen {
        var screen = CellScreen(columns: state.size.columns, rows: state.size.rows)
        render(state, into: &screen)
        return screen
    }

    /// Applies key presses through update, as the run loop does.
    static func press(_ keys: [Key], _ state: AppState) -> (AppState, [Effect]) {
        var s = state
        var effects: [Effect] = []
        for key in keys {
            let (next, e) = update(s, .key(key))
            s = next
            effects += e
        }
        return (s, effects)
    }

    static func press(_ keys: Key..., on state: AppState) -> AppState { press(keys, state).0 }

    static func tab(_ tab: Tab, _ state: AppState) -> AppState {
        // A tab without a digit key (past 9, shown only when it has something) is set directly.
        guard let key = tab.key else {
            var s = state
            s.tab = tab
            return s
        }
        return press(.char(key), on: state)
    }

    /// An empty inventory: a new ledger.
    static func empty() -> Ledger { Ledger.new(today: "2026-11-26") }

    /// Projects whose every measured value is unknown.
    static func allUnknown() -> Ledger {
        var ledger = empty()
        var withDocker = Project(name: "unknown-docker")
        withDocker.docker = DockerSetup()
        withDocker.ci = CISetup()
        ledger.projects = [withDocker, Project(name: "unknown-plain")]
        return ledger
    }

    /// The edge ledger of the drill-down pages: one active project, no owner, Docker and CI with
    /// every value unknown.
    static func edge() -> Ledger {
        var ledger = empty()
        var project = Project(name: "lone-unknown")
        project.docker = DockerSetup()
        project.ci = CISetup()
        ledger.projects = [project]
        return ledger
    }

    static func oneProject() -> Ledger {
        var ledger = empty()
        var d = DockerSetup()
        d.dockerfileType = .both
        d.multiStage = true
        d.nonRoot = true
        d.minimalBase = true
        d.secretsFree = true
        d.compose = true
        d.volumes = true
        d.imageSizeMB = 120
        d.buildTimeUncachedS = 150
        d.buildTimeCachedS = 20
        d.cacheHitRate = 0.9
        d.platforms = ["linux/amd64"]
        ledger.projects = [
            Project(
                name: "solo", owner: "core", createdAt: "2026-11-01", status: .active, docker: d,
                ci: CISetup(enabled: true, buildx: true, ghaCache: true, coverageExtraction: false, multiArch: false))
        ]
        return ledger
    }
}

/// The tables of a page in order, each with the selectable row it starts at.
extension Document {
    /// The tables in order, each with the selectable row it starts at.
    var tables: [(table: Table, firstRow: Int)] {
        var out: [(Table, Int)] = []
        var row = 0
        for block in blocks {
            guard case .table(let t) = block else { continue }
            out.append((t, row))
            row += t.rowCount
        }
        return out
    }
}
