import Foundation
import Testing

@testable import Model

/// The JSON report is written straight into bytes (`JSONReport`, `JSONStream`); it must be the
/// very document the tree it replaced gave (`TreeJSONReport`), byte for byte, for every ledger
/// and every choice of tables.
@Suite struct JSONReportStreamTests {
    /// The streamed report, the whole report and each table alone, against the tree's.
    private func expectSameAsTree(
        _ ledger: Ledger, _ what: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        var report = MetricEngine.report(ledger, asOf: fixedNow)
        report.gitTrend = [
            TrendPoint(date: "2026-10-01", source: .git, metrics: ["coverage.docker": 0.5, "z.unknown": 1e-7]),
            TrendPoint(date: "2026-11-01", source: .git, metrics: [:]),
        ]
        let choices =
            [ReportTable.allCases] + ReportTable.allCases.map { [$0] } + [
                [.cache, .metrics], [.trend, .inventory], [],
            ]
        for tables in choices {
            let streamed = JSONReport.render(ledger, report, tables: tables)
            let tree = TreeJSONReport.render(ledger, report, tables: tables)
            if streamed != tree {
                Issue.record(
                    "\(what), tables \(tables.map(\.name)): differs from the tree at byte \(firstDifference(streamed, tree))",
                    sourceLocation: sourceLocation)
            }
        }
    }

    private func firstDifference(_ a: String, _ b: String) -> String {
        let (x, y) = (Array(a.utf8), Array(b.utf8))
        let at = x.indices.first { $0 >= y.count || x[$0] != y[$0] } ?? x.count
        let context = { (bytes: [UInt8]) in
            String(decoding: bytes[max(0, at - 80)..<min(bytes.count, at + 80)], as: UTF8.self)
        }
        return "\(at):\n\(context(x))\n--- tree:\n\(context(y))"
    }

    @Test func theDemoLedger() throws {
        expectSameAsTree(try MarkdownTestFiles.demoLedger(), "demo")
    }

    @Test func emptyLedgers() {
        expectSameAsTree(Ledger(), "Ledger()")
        expectSameAsTree(Ledger.new(today: "2026-11-26"), "a new ledger")
    }

    @Test func aProjectWithEverythingUnknown() {
        expectSameAsTree(ledger([dockerProject("ghost")]), "Docker, every fact unknown")
        expectSameAsTree(ledger([plainProject("bare")]), "no Docker")
        expectSameAsTree(ledger([Project(name: "ci only", ci: CISetup())]), "an empty CI group")
    }

    @Test func archivedProjectsOnly() throws {
        var demo = try MarkdownTestFiles.demoLedger()
        for i in demo.projects.indices { demo.projects[i].status = .archived }
        expectSameAsTree(demo, "archived only")
    }

    @Test func aLedgerWithConflicts() throws {
        let text = try String(contentsOfFile: demoLedgerPath, encoding: .utf8)
        let withConflicts = text.replacingOccurrences(
            of: #""formatVersion""#,
            with:
                #""conflicts": [{"base": 182.5, "ours": 100, "path": "projects[\"chora-compose\"].docker.imageSizeMB", "theirs": 200}], "formatVersion""#
        )
        let merged = try LedgerStore.decode(Data(withConflicts.utf8), file: "conflicts")
        #expect(!merged.conflicts.isEmpty)
        expectSameAsTree(merged, "conflicts")
    }

    /// Escapes in every kind of text, unknown keys in the meta, and numbers at the edges of their
    /// forms (validation refuses some of them, the writer must still agree with the tree).
    @Test func escapesAndNumberForms() throws {
        var l = try MarkdownTestFiles.demoLedger()
        l.meta.title = "Ledger \"quoted\" \\ back\tslash\u{01}\u{85} ✓ 日本"
        l.meta.unknownKeys = [
            "zExtra": .object(["b": .number(0.1), "a": .null, "é": .string("x\n")]),
            "big": try JSONParser.parse("[12345678901234567891, 1.0, 1e2, -0.0]"),
        ]
        l.projects[0].name = "chöra \"compose\" \\ ✓"
        l.projects[1].owner = "plat\u{e9}form\u{7f}"
        l.projects[2].docker?.baseImage = "py\tthon\n:3.12\u{80}\u{9f}\u{a0}"
        l.projects[2].docker?.platforms = ["linux/amd64, linux/arm64", "", "a,", "b", "linux/ärm, x"]
        l.projects[3].docker?.platforms = [""]
        l.projects[4].docker?.platforms = []
        l.projects[5].docker?.layers = 12_345_678_901_234_567
        l.projects[5].docker?.imageSizeMB = 0.1 + 0.2
        l.projects[6].docker?.buildContextMB = 1e15
        l.projects[6].docker?.startupTimeS = -0.0
        l.projects[7].docker?.buildContextMB = 123_456_789_012_345.5
        l.projects[7].docker?.cacheHitRate = 1e-7
        l.projects[8].owner = ""
        l.projects[9].docker?.vulnerabilities = VulnerabilityScan(
            critical: -5, high: 2_000_000_000_000_000_000, medium: 1_000_000_000_000_000, low: 0)
        l.projects[10].docker?.registry = RegistryUsage(name: "", imagesPushed: 999_999_999_999_999, totalSizeMB: 1e16)
        for i in l.issues.indices.prefix(3) { l.issues[i].notes = "note \"x\" \\ \n\u{02} ✓ é\u{80}" }
        l.changelog.append(ChangelogEntry(date: "2026-11-20", title: "Ünïcode ✓ \"t\"", body: "a\nb\t\u{1f}"))
        l.history.append(HistorySnapshot(date: "2026-11-01", metrics: ["coverage.docker": 0.30000000000000004]))
        expectSameAsTree(l, "escapes and numbers")
    }

    /// Many projects with facts left unknown in many combinations: every fact of the
    /// inventory, every list of failing and unknown projects.
    @Test func aLedgerOfManyProjects() throws {
        let demo = try MarkdownTestFiles.demoLedger()
        var many = demo
        many.projects = []
        let facts = ProjectField.all.filter(\.needsDocker)
        for copy in 0..<12 {
            for var project in demo.projects {
                project.name += "-\(copy)"
                for (j, field) in facts.enumerated() where (j + copy) % 4 == 0 {
                    try field.set("", in: &project)
                }
                if copy % 5 == 4 { project.status = .archived }
                many.projects.append(project)
            }
        }
        expectSameAsTree(many, "\(many.projects.count) projects")
    }

    /// The stream hands its buffer over whenever it fills: the pieces, however small, make the
    /// very bytes `JSONWriter` writes for the same tree, a string longer than the buffer included.
    @Test func piecesOfAnySizeMakeTheSameDocument() {
        let long = String(repeating: "long \"text\" ✓ ", count: 40)
        let tree: JSONValue = .object([
            "a": .array([.string("x"), .null, .bool(true), .number(-12), .number(0.25), .array([]), .object([:])]),
            "b": .string(long),
            "c": .object(["d": .array([.object(["e": .number(1e300)])]), "é\n": .string("")]),
        ])
        // A string longer than the buffer goes to the sink in one piece.
        let longest = JSONWriter.compact(.string(long)).utf8.count
        for capacity in [1, 2, 7, 64, 1 << 20] {
            var bytes: [UInt8] = []
            var pieces = 0
            var out = JSONStream(capacity: capacity) { piece in
                #expect(piece.count <= max(capacity, longest))
                bytes.append(contentsOf: piece)
                pieces += 1
            }
            out.openObject()
            out.key("a")
            out.openArray()
            out.string("x")
            out.null()
            out.bool(true)
            out.int(-12)
            out.number(0.25)
            out.openArray()
            out.closeArray()
            out.openObject()
            out.closeObject()
            out.closeArray()
            out.key("b")
            out.string(long)
            out.key("c")
            out.openObject()
            out.key("d")
            out.openArray()
            out.openObject()
            out.key("e")
            out.number(1e300)
            out.closeObject()
            out.closeArray()
            out.key(escaping: "é\n")
            out.string("")
            out.closeObject()
            out.closeObject()
            out.finish()
            #expect(String(decoding: bytes, as: UTF8.self) == JSONWriter.string(tree), "capacity \(capacity)")
            #expect(capacity > 1000 || pieces > 1)
        }
    }
}
