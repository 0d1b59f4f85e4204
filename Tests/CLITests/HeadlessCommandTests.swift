import Foundation
import Model
import Testing

@Suite struct HeadlessCommandTests {
    @Test func reportJSONHasEveryMetric() throws {
        let result = try CLI.run(["report", CLI.demoLedger, "--format", "json", "--as-of", "2026-11-26"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        for definition in MetricCatalog.all {
            #expect(result.stdout.contains("\"id\": \"\(definition.id)\""), "\(definition.id)")
        }
        #expect(result.stdout.contains("\"generatedAt\": \"2026-11-26T00:00:00Z\""))
    }

    @Test func reportTextShowsTheTables() throws {
        let result = try CLI.run(["report", CLI.demoLedger, "--as-of", "2026-11-26"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("  Projects with Docker  84.6%   >=70%  met          22/26"))
        #expect(result.stdout.contains("Base images: last updated 2026-08-20, next due 2026-11-20 (OVERDUE)."))
    }

    @Test func reportFindsTheDefaultLedgerInTheCurrentFolder() throws {
        let result = try CLI.run(["report", "--format", "json"], in: CLI.repository.path)
        #expect(result.status == 0)
        let empty = try CLI.run(["report"], in: CLI.temporaryFolder())
        #expect(empty.status != 0)
        #expect(empty.stderr.contains("no ledger named and no data/ledger.json here"))
    }

    @Test func checkFailsNamingTheMetricsBehind() throws {
        let result = try CLI.run(["check", CLI.demoLedger, "--as-of", "2026-11-26"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("security.scansPassing: behind: 45.8% (target >=100%) Vulnerability scans passing"))
        #expect(result.stderr.contains("vulns.critical: behind"))
        #expect(!result.stderr.contains("coverage.docker"))
        let strict = try CLI.run(["check", CLI.demoLedger, "--fail-on", "progressing", "--as-of", "2026-11-26"])
        #expect(strict.stderr.contains("coverage.multiStage: progressing"))
    }

    @Test func checkPassesWhenNothingIsBehind() throws {
        let folder = CLI.temporaryFolder()
        let path = folder + "/l.json"
        #expect(try CLI.run(["init", path]).status == 0)
        let result = try CLI.run(["check", path])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("ok: no metric is behind"))
    }

    @Test func validateListsEveryProblemAndExits1() throws {
        let folder = CLI.temporaryFolder()
        let path = folder + "/bad.json"
        try Data(#"{"formatVersion": 1, "projects": [{"name": "a", "docker": {"cacheHitRate": 3}}, {"name": "a"}]}"#.utf8)
            .write(to: URL(fileURLWithPath: path))
        let result = try CLI.run(["validate", path])
        #expect(result.status == 1)
        #expect(result.stderr == """
        \(path): 2 problems:
          projects[0].docker.cacheHitRate: is a rate and must be between 0 and 1, got 3
          projects[1].name: duplicate name "a" (also projects[0])

        """)
        #expect(!result.stderr.contains("Fatal error"))
    }

    @Test func validateReportsSyntaxErrorsByLine() throws {
        let folder = CLI.temporaryFolder()
        let path = folder + "/bad.json"
        try Data("{\n  \"formatVersion\": 1,\n}".utf8).write(to: URL(fileURLWithPath: path))
        let result = try CLI.run(["validate", path])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("\(path):3:1: invalid JSON: expected a key in quotes, found '}'"))
    }

    @Test func initCreatesAValidLedgerAndRefusesToOverwrite() throws {
        let folder = CLI.temporaryFolder()
        let path = folder + "/l.json"
        let first = try CLI.run(["init", path])
        #expect(first.status == 0)
        #expect(try LedgerStore.load(path).ledger.projects.isEmpty)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let second = try CLI.run(["init", path])
        #expect(second.status != 0)
        #expect(second.stderr.contains("already exists"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func unknownFilesAndOptionsGiveErrorsNotCrashes() throws {
        let missing = try CLI.run(["report", "/nonexistent.json"])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("/nonexistent.json: cannot read: no such file"))
        let badFormat = try CLI.run(["report", CLI.demoLedger, "--format", "yaml"])
        #expect(badFormat.status != 0)
        #expect(badFormat.stderr.contains("yaml"))
    }
}
