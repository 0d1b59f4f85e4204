import Foundation
import Testing

@testable import Model

/// One list of report tables (`ReportTable`) for every format: each format writes every table,
/// under the one name `--table` takes, and the README lists the same names.
@Suite struct ReportTableTests {
    let ledger: Ledger
    let report: LedgerReport

    init() throws {
        ledger = try MarkdownTestFiles.demoLedger()
        report = MetricEngine.report(ledger, asOf: MarkdownTestFiles.asOf)
    }

    @Test func theJSONReportKeysEveryTableByItsName() throws {
        guard case .object(let root) = try JSONParser.parse(JSONReport.render(ledger, report)),
            case .object(let tables)? = root["tables"]
        else {
            Issue.record("no tables object")
            return
        }
        let nested = Set(ReportTable.allCases.filter { !$0.isTopLevelInJSON }.map(\.name))
        #expect(Set(tables.keys) == nested)
        for table in ReportTable.allCases where table.isTopLevelInJSON {
            #expect(root[table.name] != nil, "\(table.name) is not at the top of the JSON report")
        }
        // --table: the same document with only the tables named.
        guard
            case .object(let only) = try JSONParser.parse(
                JSONReport.render(ledger, report, tables: [.cache, .metrics]))
        else {
            return
        }
        #expect(only["metrics"] != nil)
        #expect(only["trend"] == nil)
        guard case .object(let onlyTables)? = only["tables"] else {
            Issue.record("no tables object with --table cache")
            return
        }
        #expect(Array(onlyTables.keys) == ["cache"])
    }

    @Test func everyFormatWritesEveryTable() {
        let fullText = TextReport.render(ledger, report)
        for table in ReportTable.allCases {
            let parts = TextReport.parts(table, ledger, report)
            #expect(!parts.isEmpty, "text lacks \(table.name)")
            let text = TextReport.render(ledger, report, tables: [table])
            let markdown = MarkdownReport.render(ledger, report, tables: [table])
            for part in parts {
                #expect(text.contains("\n" + part.title + "\n"), "text --table \(table.name) lacks \(part.title)")
                #expect(fullText.contains("\n" + part.title + "\n"), "the text report lacks \(part.title)")
                #expect(
                    markdown.contains("## " + part.title + "\n"), "markdown --table \(table.name) lacks \(part.title)")
            }
            let (header, rows) = CSVReport.rows(table, ledger, report)
            #expect(!header.isEmpty, "csv lacks \(table.name)")
            #expect(
                rows.allSatisfy { $0.count == header.count }, "csv \(table.name): a row is not as wide as the header")
        }
    }

    @Test func noTwoTablesShareATitle() {
        let titles = ReportTable.allCases.flatMap { TextReport.parts($0, ledger, report) }.map(\.title)
        #expect(titles.count == Set(titles).count, "\(titles)")
    }

    /// Averages come with their minimum and maximum, as on the dashboard's Quality tab.
    @Test func averagesShowTheirExtremes() {
        let text = TextReport.render(ledger, report, tables: [.metrics])
        #expect(text.contains("Image Quality\n  Metric"))
        let quality = text.components(separatedBy: "Image Quality\n")[1].split(separator: "\n").first ?? ""
        #expect(quality.contains("Min") && quality.contains("Max") && quality.contains("Avg"))
    }

    @Test func theTextReportHasTheTablesItLacked() {
        let text = TextReport.render(ledger, report)
        for title in [
            "Inventory", "Issue Log", "ROI per Project", "Template Updates", "Base Image Updates", "Version History",
            "Changelog", "Images over 500 MB without an open issue", "Base Image Schedule (quarterly)",
        ] {
            #expect(text.contains("\n" + title + "\n"), "no \(title)")
        }
        // The dashboard's words: "% of known", "not targeted", common issue status "none".
        #expect(text.contains("% of known"))
        #expect(!text.contains("% of Total"))
        #expect(text.contains("not targeted"))
    }

    /// Columns line up by terminal width: a CJK and emoji name pads like any other.
    @Test func theInventoryIsAlignedForWideCharacters() throws {
        let lines = TextReport.render(ledger, report, tables: [.inventory]).split(separator: "\n").map(String.init)
        let header = try #require(lines.first { $0.hasPrefix("  Project") })
        let wide = try #require(lines.first { $0.contains("配送-tracker 🚚") })
        let narrow = try #require(lines.first { $0.hasPrefix("  chora-compose ") })
        func ownerColumn(_ line: String, _ owner: String) -> Int? {
            guard let range = line.range(of: " " + owner + " ") else { return nil }
            return TextWidth.of(String(line[..<range.lowerBound])) + 1
        }
        let column = try #require(ownerColumn(header, "Owner"))
        #expect(ownerColumn(wide, "mobile") == column)
        #expect(ownerColumn(narrow, "platform") == column)
        #expect(TextWidth.of(wide) <= TextWidth.of(header) + 40)
    }

    /// The old `--table` names of the CSV report still work.
    @Test func oldCSVNamesAreAliases() {
        let old: [String: ReportTable] = [
            "inventory": .inventory, "metrics": .metrics, "levels": .levels, "sizes": .sizes,
            "build-times": .buildTimes, "cache": .cache, "registries": .registries,
            "vulnerabilities": .vulnerabilities, "time-savings": .timeSavings, "cost-savings": .costSavings,
            "roi-levels": .roiLevels, "roi-projects": .roiProjects, "issues": .issues,
            "common-issues": .commonIssues, "patterns": .patterns, "template-updates": .templateUpdates,
            "base-image-updates": .baseImageUpdates, "versions": .versions, "changelog": .changelog,
        ]
        for (name, table) in old { #expect(ReportTable(named: name) == table, "\(name)") }
        for table in ReportTable.allCases { #expect(ReportTable(named: table.name) == table) }
        #expect(ReportTable(named: "nope") == nil)
    }

    @Test func theReadmeListsEveryTable() throws {
        let readme = String(
            decoding: try Data(contentsOf: MarkdownTestFiles.repository.appendingPathComponent("README.md")),
            as: UTF8.self)
        for table in ReportTable.allCases {
            #expect(readme.contains("`\(table.name)`"), "README does not list \(table.name)")
        }
    }
}
