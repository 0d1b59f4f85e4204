import Foundation
import Testing

/// `report --table` names the same tables in every format, one or several, old names too.
@Suite struct ReportTableOptionTests {
    @Test func everyFormatTakesTables() throws {
        let base = ["report", CLI.demoLedger, "--as-of", "2026-11-26", "--no-git-history"]
        let text = try CLI.run(base + ["--table", "issues,baseImageSchedule"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("\nIssue Log\n"))
        #expect(text.stdout.contains("\nBase Image Schedule (quarterly)\n"))
        #expect(!text.stdout.contains("\nInventory\n"))

        let json = try CLI.run(base + ["--format", "json", "--table", "cache", "--table", "common-issues"])
        #expect(json.status == 0)
        #expect(json.stdout.contains("\"tables\": {\n    \"cache\": ["))
        #expect(json.stdout.contains("\"commonIssues\": ["))
        #expect(!json.stdout.contains("\"metrics\""))

        let markdown = try CLI.run(base + ["--format", "markdown", "--table", "roiByProject"])
        #expect(markdown.status == 0)
        #expect(markdown.stdout.contains("## ROI per Project\n\n| Project | Level |"))

        // An old CSV name and its new name give the same CSV.
        let old = try CLI.run(base + ["--format", "csv", "--table", "roi-projects"])
        let new = try CLI.run(base + ["--format", "csv", "--table", "roiByProject"])
        #expect(old.status == 0 && old.stdout == new.stdout)
    }

    @Test func wrongTablesAreRefusedNamingTheTables() throws {
        let unknown = try CLI.run(["report", CLI.demoLedger, "--table", "nope"])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("no table named \"nope\"; the tables are metrics, levels, projects"))
        let several = try CLI.run(["report", CLI.demoLedger, "--format", "csv", "--table", "cache,levels"])
        #expect(several.status != 0)
        #expect(several.stderr.contains("--format csv writes one table"))
    }
}
