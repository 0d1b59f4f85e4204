import Testing

@testable import Model

@Suite("CSV export")
struct CSVTests {
    @Test("fields with commas, quotes and line breaks are quoted as RFC 4180 says")
    func quoting() {
        #expect(CSVWriter.field("plain") == "plain")
        #expect(CSVWriter.field("") == "")
        #expect(CSVWriter.field("a,b") == "\"a,b\"")
        #expect(CSVWriter.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVWriter.field("two\nlines") == "\"two\nlines\"")
        #expect(CSVWriter.field("cr\r\nlf") == "\"cr\r\nlf\"")
        #expect(CSVWriter.field("配送 🚚") == "配送 🚚")
        #expect(CSVWriter.record(["a", "b,c", ""]) == "a,\"b,c\",\r\n")
    }

    @Test("the inventory carries the derived level and status, quoted where needed")
    func inventory() {
        var d = DockerSetup()
        d.dockerfileType = .both
        d.imageSizeMB = 182.5
        d.buildTimeUncachedS = 160
        d.platforms = ["linux/amd64", "linux/arm64"]
        let ledger = Ledger(projects: [
            Project(name: "api, \"v2\"\nbeta", owner: "platform", choraBaseVersion: "4.2.0", docker: d),
            Project(name: "wiki", status: .archived),
        ])
        let report = MetricEngine.report(ledger, asOf: MarkdownTestFiles.asOf)
        let csv = CSVReport.render(.inventory, ledger, report)
        let lines = csv.components(separatedBy: "\r\n")
        #expect(
            lines[0].hasPrefix(
                "name,owner,status,choraBaseVersion,createdAt,dockerfileType,imageSizeMB,buildTimeUncachedS,"
                    + "buildTimeCachedS,platforms,level,targetStatus,missedTargets,"))
        // Every fact, not only the sizes: adoption flags, vulnerabilities, CI flags.
        for column in [
            "docker.multiStage", "docker.nonRoot", "docker.vulnerabilities.critical", "ci.enabled", "ci.ghaCache",
            "docker.registry.name",
        ] {
            #expect(lines[0].split(separator: ",").contains(Substring(column)), "\(column)")
        }
        #expect(
            lines[1].hasPrefix(
                "\"api, \"\"v2\"\"\nbeta\",platform,active,4.2.0,,both,182.5,160,,linux/amd64 linux/arm64,1,behind,"))
        #expect(lines[2].hasPrefix("wiki,,archived,,,none,,,,,0,archived,"))
        #expect(lines[3] == "")
        #expect(lines.count == 4)
    }

    @Test("every table renders a header and one record per row")
    func everyTable() throws {
        let ledger = try MarkdownTestFiles.demoLedger()
        let report = MetricEngine.report(ledger, asOf: MarkdownTestFiles.asOf)
        for table in CSVReport.Table.allCases {
            let (header, rows) = CSVReport.rows(table, ledger, report)
            #expect(!header.isEmpty)
            #expect(
                rows.allSatisfy { $0.count == header.count }, "\(table.rawValue): a row is not as wide as the header")
        }
        #expect(CSVReport.rows(.issues, ledger, report).rows.count == ledger.issues.count)
        #expect(CSVReport.rows(.metrics, ledger, report).rows.count == MetricCatalog.all.count)
        let issues = CSVReport.render(.issues, ledger, report)
        #expect(issues.contains("\"Native deps need build-essential at runtime; blocked on vendoring.\"") == false)
        #expect(issues.contains("1,CI cache misses,chora-compose,2025-11-12T10:00:00Z,2025-11-13T09:00:00Z,"))
    }

    /// The inventory's flags read like every other CSV boolean (they were yes/no beside
    /// true/false in the other tables).
    @Test func inventoryFlagsAreTrueOrFalse() throws {
        let ledger = try MarkdownTestFiles.demoLedger()
        let report = MetricEngine.report(ledger, asOf: MarkdownTestFiles.asOf)
        let (header, rows) = CSVReport.rows(.inventory, ledger, report)
        let nonRoot = try #require(header.firstIndex(of: "docker.nonRoot"))
        let values = Set(rows.map { $0[nonRoot] })
        #expect(values.isSubset(of: ["true", "false", ""]), "\(values)")
        #expect(values.contains("true") && values.contains("false"))
    }
}
