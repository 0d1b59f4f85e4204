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
        #expect(
            result.stdout.contains("Base Image Schedule (quarterly)\n  Last update  Next due    Days since  Schedule"))
        #expect(result.stdout.contains("  2026-08-20   2026-11-20          98  overdue"))
    }

    @Test func reportFindsTheDefaultLedgerInTheCurrentFolder() throws {
        let result = try CLI.run(["report", "--format", "json"], in: CLI.repository.path)
        #expect(result.status == 0)
        let empty = try CLI.run(["report"], in: CLI.temporaryFolder())
        #expect(empty.status != 0)
        #expect(empty.stderr.contains("no ledger named and no data/ledger.json here"))
    }

    @Test func checkPrintsFindingsOnStdoutNamingTheProjects() throws {
        let result = try CLI.run(["check", CLI.demoLedger, "--as-of", "2026-11-26"])
        #expect(result.status == 1)
        #expect(result.stderr.isEmpty)
        #expect(
            result.stdout.contains("security.scansPassing: behind: 45.8% (target >=100%) Vulnerability scans passing"))
        #expect(
            result.stdout.contains(
                "vulns.critical: behind: 5 (target <=0) CRITICAL vulnerabilities (total)\n  projects: etl-runner, legacy-billing\n"
            ))
        #expect(!result.stdout.contains("coverage.docker"))
        let strict = try CLI.run(["check", CLI.demoLedger, "--fail-on", "progressing", "--as-of", "2026-11-26"])
        #expect(strict.stdout.contains("coverage.multiStage: progressing"))
    }

    @Test func checkFormatsForToolsAndGitHub() throws {
        let github = try CLI.run(["check", "--ledger", CLI.demoLedger, "--format", "github", "--as-of", "2026-11-26"])
        #expect(github.status == 1)
        let first = github.stdout.split(separator: "\n").first.map(String.init) ?? ""
        #expect(
            first.hasPrefix(
                "::error file=\(CLI.demoLedger),title=dockledger%3A security.scansPassing::Vulnerability scans passing: behind, 45.8%25"
            ))
        // The projects behind it as the drill-down lists them: worst first, then by name.
        #expect(first.contains("%0Aprojects: checkout-web, crm-sync, "))
        #expect(github.stdout.contains("::notice title=dockledger::6 metrics failing"))
        let json = try CLI.run(["check", CLI.demoLedger, "--format", "json", "--as-of", "2026-11-26"])
        let object = try JSONParser.parse(json.stdout)
        guard case .object(let fields) = object, case .array(let failing) = fields["failing"] else {
            Issue.record("not an object with failing[]")
            return
        }
        #expect(fields["ok"] == .bool(false))
        #expect(failing.count == 6)
        guard case .object(let critical) = failing[1] else { return }
        #expect(critical["id"] == .string("vulns.critical"))
        #expect(critical["projects"] == .array([.string("etl-runner"), .string("legacy-billing")]))
    }

    @Test func checkOnlyGatesTheMetricsMatchingAPattern() throws {
        let security = try CLI.run(["check", CLI.demoLedger, "--only", "security.*", "--as-of", "2026-11-26"])
        #expect(security.status == 1)
        #expect(security.stdout.contains("security.scansPassing"))
        #expect(!security.stdout.contains("vulns.critical"))
        #expect(security.stdout.contains("1 metric failing (1 met, 2 progressing, 1 behind, 0 no data)"))
        let coverage = try CLI.run(["check", CLI.demoLedger, "--only", "coverage.*", "--as-of", "2026-11-26"])
        #expect(coverage.status == 0)
        let nothing = try CLI.run(["check", CLI.demoLedger, "--only", "nope.*"])
        #expect(nothing.status != 0)
        #expect(nothing.stderr.contains("--only nope.*: no metric id matches"))
    }

    @Test func checkFailsOnALedgerWithNothingToMeasureUnlessAllowed() throws {
        let folder = CLI.temporaryFolder()
        let path = folder + "/l.json"
        #expect(try CLI.run(["init", path]).status == 0)
        let result = try CLI.run(["check", path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("every metric says \"no data\""))
        let allowed = try CLI.run(["check", path, "--allow-empty"])
        #expect(allowed.status == 0)
        #expect(allowed.stdout.hasPrefix("ok: no metric is behind"))
    }

    @Test func everyCommandTakesTheLedgerAsFileOrOption() throws {
        let folder = CLI.temporaryFolder()
        let path = folder + "/l.json"
        #expect(try CLI.run(["init", "--ledger", path]).status == 0)
        #expect(try CLI.run(["snapshot", path, "--as-of", "2026-11-26"]).status == 0)
        #expect(try CLI.run(["snapshot", "--ledger", path, "--as-of", "2026-11-26"]).status == 0)
        #expect(try CLI.run(["validate", "--ledger", path]).status == 0)
        #expect(try CLI.run(["report", "--ledger", path, "--format", "json"]).status == 0)
        #expect(try CLI.run(["issue", "log", path, "--category", "Build failures (multi-stage)"]).status == 0)
        #expect(try CLI.run(["issue", "list", path]).stdout.contains("Build failures"))
        let both = try CLI.run(["report", path, "--ledger", folder + "/other.json"])
        #expect(both.status != 0)
        #expect(both.stderr.contains("name two different ledgers"))
        let version = try CLI.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.hasPrefix("dockledger "))
    }

    @Test func issueListFiltersAndPrintsJSON() throws {
        let result = try CLI.run([
            "issue", "list", CLI.demoLedger, "--project", "CRM-sync", "--open", "--format", "json",
        ])
        #expect(result.status == 0)
        guard case .array(let issues) = try JSONParser.parse(result.stdout) else {
            Issue.record("not an array")
            return
        }
        #expect(issues.count == 1)
        let none = try CLI.run(["issue", "list", CLI.demoLedger, "--category", "no such category"])
        #expect(none.stdout == "no issues match\n")
    }

    @Test func issueResolveSaysTheOutcomeIsAChoice() throws {
        let help = try CLI.run(["issue", "resolve", "--help"])
        #expect(help.stdout.contains("(--successful | --failed)"))
        let missing = try CLI.run(["issue", "resolve", "1", "--solution", "x", "--ledger", CLI.demoLedger])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("--successful or --failed"))
    }

    @Test func validateListsEveryProblemAndExits1() throws {
        let folder = CLI.temporaryFolder()
        let path = folder + "/bad.json"
        try Data(
            #"{"formatVersion": 1, "projects": [{"name": "a", "docker": {"cacheHitRate": 3}}, {"name": "a"}]}"#.utf8
        )
        .write(to: URL(fileURLWithPath: path))
        let result = try CLI.run(["validate", path])
        #expect(result.status == 1)
        #expect(
            result.stderr == """
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

/// The repository documents itself: the README's links resolve, and nothing points at a design
/// document that is not in the repository.
@Suite struct DocumentationTests {
    @Test func readmeLinksTheFormatAndMetricDocsAndNothingPointsOutside() throws {
        let root = CLI.repository
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        for doc in ["docs/FORMAT.md", "docs/METRICS.md"] {
            #expect(readme.contains("(\(doc))"), "README links \(doc)")
            #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent(doc).path))
        }
        var offenders: [String] = []
        for folder in ["Sources", "docs", "Tests"] {
            let base = root.appendingPathComponent(folder)
            guard let files = FileManager.default.enumerator(atPath: base.path) else { continue }
            for case let file as String in files where file.hasSuffix(".swift") || file.hasSuffix(".md") {
                let text = (try? String(contentsOf: base.appendingPathComponent(file), encoding: .utf8)) ?? ""
                // Spelled in two parts so this test does not name itself.
                if text.contains("DESIGN" + ".md") || text.contains("DESIGN" + " section") {
                    offenders.append(folder + "/" + file)
                }
            }
        }
        if readme.contains("DESIGN" + ".md") { offenders.append("README.md") }
        #expect(offenders.isEmpty, "\(offenders)")
    }

    @Test func everyMetricIsInTheCatalogDoc() throws {
        let doc = try String(contentsOf: CLI.repository.appendingPathComponent("docs/METRICS.md"), encoding: .utf8)
        for d in MetricCatalog.all where !d.id.rawValue.hasPrefix("level.") {
            #expect(doc.contains("`\(d.id.rawValue)`"), "\(d.id)")
        }
    }
}
