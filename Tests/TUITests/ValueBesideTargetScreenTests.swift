import Model
import Testing

@testable import TUI

/// The dashboard shows a metric that misses its target by a hair as missing it, like the reports.
@Suite struct ValueBesideTargetScreenTests {
    @Test func coverageShowsTheCutValueBesideItsStatus() {
        let projects = (0..<2000).map { i in
            Project(
                name: "p\(i)",
                docker: {
                    var d = DockerSetup()
                    d.imageSizeMB = i == 0 ? 900 : 100
                    return d
                }())
        }
        let state = AppState(
            ledger: Ledger(projects: projects), fileName: "l.json", asOf: 0, size: Size(columns: 100, rows: 30))
        var screen = CellScreen(columns: 100, rows: 30)
        render(state, into: &screen)
        let row = screen.lines.first { $0.contains("Image size ≤250MB") } ?? ""
        #expect(row.contains("99.9%"))
        #expect(!row.contains("100.0%"))
        #expect(!row.contains("● met"))
    }
}
