import Model
import Testing

@testable import TUI

/// The project detail shows where each fact came from and marks old ones stale.
@Suite struct ProjectSourcesTests {
    private func ledger() -> Ledger {
        var ledger = Fixtures.oneProject()
        ledger.projects[0].docker?.vulnerabilities = VulnerabilityScan(
            critical: 0, high: 2, medium: 1, low: 0, scannedAt: "2026-11-14")
        ledger.projects[0].sources = [
            "docker.nonRoot": FactSource(from: .scan, file: "Dockerfile:14", at: "2026-11-26"),
            "docker.vulnerabilities": FactSource(from: .trivy, file: "trivy.json", at: "2026-11-14"),
            "docker.imageSizeMB": FactSource(from: .manual, at: "2026-11-01"),
            "docker.multiStage": FactSource(from: .scan, file: "Dockerfile:9", at: "2026-07-01"),
            "docker": FactSource(from: .scan, file: "Dockerfile", at: "2026-11-26"),
        ]
        return ledger
    }

    private func detailLines(columns: Int, rows: Int) -> [String] {
        var s = Fixtures.press(.char("2"), .enter, on: Fixtures.state(ledger(), columns: columns, rows: rows))
        var lines: [String] = []
        // Scroll through the whole detail.
        for _ in 0..<8 {
            let screen = Fixtures.screen(s)
            lines += (0..<rows).map { screen.line($0) }
            s = Fixtures.press(.pageDown, on: s)
        }
        return lines
    }

    @Test func theDetailShowsEachFactsSourceAndAge() {
        let lines = detailLines(columns: 120, rows: 40)
        #expect(lines.contains { $0.contains("Runs as non-root") && $0.contains("scan Dockerfile:14 · 2026-11-26") })
        #expect(lines.contains { $0.contains("HIGH") && $0.contains("trivy · 12 d ago") })
        #expect(lines.contains { $0.contains("Image size") && $0.contains("manual") })
        #expect(lines.contains { $0.contains("Multi-stage") && $0.contains("scan Dockerfile:9 · 2026-07-01 · stale") })
        // "Uses Docker" read by a scan says nothing about the other Docker fields.
        #expect(lines.contains { $0.contains("Build context (MB)") && $0.hasSuffix("unknown") })
        #expect(lines.contains { $0.contains("Uses Docker") && $0.contains("scan Dockerfile · 2026-11-26") })
    }

    @Test func theSourcesFitAt80Columns() {
        let lines = detailLines(columns: 80, rows: 24)
        #expect(lines.contains { $0.contains("trivy · 12 d ago") })
        #expect(lines.allSatisfy { $0.count <= 80 })
    }

    @Test func staleAndManualOnlyProjects() {
        let p = ledger().projects[0]
        #expect(p.hasStaleFacts(asOf: Fixtures.asOf))
        #expect(!p.isManualOnly)
        var typed = p
        typed.sources = ["docker.imageSizeMB": FactSource(from: .manual, at: "2020-01-01")]
        #expect(typed.isManualOnly)
        #expect(!typed.hasStaleFacts(asOf: Fixtures.asOf))
    }
}

@Suite struct InventoryFactAgeFilterTests {
    @Test func staleAndManualOnlyAreFilterWords() {
        var ledger = Fixtures.oneProject()
        var scanned = ledger.projects[0]
        scanned.name = "scanned-old"
        scanned.sources = ["docker.nonRoot": FactSource(from: .scan, file: "Dockerfile:3", at: "2026-01-02")]
        ledger.projects.append(scanned)
        let data = LedgerData(ledger: ledger, asOf: Fixtures.asOf)
        var query = InventoryQuery(data: data)
        query.setFilter("stale", data: data)
        #expect(query.order.map { ledger.projects[$0].name } == ["scanned-old"])
        query.setFilter("manual-only", data: data)
        #expect(query.order.map { ledger.projects[$0].name } == ["solo"])
    }
}
