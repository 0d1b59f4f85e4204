import Foundation
import Model
import Testing

@Suite struct ScanCommandTests {
    /// A folder of two repositories: `api` (Dockerfile running as root, CI build) and `web`.
    private func clones() -> String {
        let folder = CLI.temporaryFolder() + "/clones"
        let files = [
            "api/.git/HEAD": "ref: refs/heads/main\n",
            "api/Dockerfile": "FROM python:3.12-slim\nUSER root\nHEALTHCHECK CMD true\n",
            "api/.github/workflows/ci.yml":
                "on:\n  push:\n    tags: ['v*']\njobs:\n  b:\n    steps:\n      - uses: docker/build-push-action@v6\n        with:\n          push: true\n          tags: ghcr.io/acme/api:latest\n",
            "web/compose.yaml": "services:\n  web:\n    build: .\n    volumes: [\"./www:/www\"]\n",
            "web/node_modules/x/Dockerfile": "FROM evil\n",
            "notes/README.md": "not a repository\n",
        ]
        for (path, text) in files {
            let full = folder + "/" + path
            try! FileManager.default.createDirectory(
                atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try! text.write(toFile: full, atomically: false, encoding: .utf8)
        }
        return folder
    }

    private func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    @Test func aFolderOfClonesFillsANewLedgerInOneCommand() throws {
        let folder = clones()
        let ledger = CLI.temporaryFolder() + "/ledger.json"
        let result = try CLI.run(["scan", folder, "--ledger", ledger, "--as-of", "2026-11-27"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("api (new project)"))
        #expect(result.stdout.contains("  nonRoot: unknown → false  (Dockerfile:2)"))
        #expect(result.stdout.contains("  registry.name: unknown → ghcr.io  (.github/workflows/ci.yml:7)"))
        #expect(result.stdout.hasSuffix("2 repositories scanned, 2 projects changed, 2 new\n"))
        let l = try LedgerStore.load(ledger).ledger
        let api = try #require(l.project(named: "api"))
        #expect(api.docker?.nonRoot == false)
        #expect(api.docker?.healthcheck == true)
        #expect(api.docker?.automatedReleases == true)
        #expect(api.ci?.enabled == true)
        #expect(api.sources["docker.nonRoot"] == FactSource(from: .scan, file: "Dockerfile:2", at: "2026-11-27"))
        #expect(api.repository?.hasSuffix("/clones/api") == true)
        let web = try #require(l.project(named: "web"))
        #expect(web.docker?.compose == true)
        #expect(web.docker?.volumes == true)
        #expect(web.docker?.baseImage == nil)
        #expect(l.project(named: "notes") == nil)
        // A second scan finds nothing new.
        let again = try CLI.run(["scan", folder, "--ledger", ledger, "--as-of", "2026-11-27"])
        #expect(again.stdout.hasSuffix("2 repositories scanned, 0 projects changed, 0 new\n"))
    }

    @Test func dryRunWritesNothing() throws {
        let folder = clones()
        let ledger = CLI.temporaryFolder() + "/ledger.json"
        try FileManager.default.copyItem(atPath: CLI.demoLedger, toPath: ledger)
        let before = bytes(ledger)
        let result = try CLI.run(["scan", folder + "/api", "--ledger", ledger, "--dry-run"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("(dry run: nothing written)"))
        #expect(bytes(ledger) == before)
        #expect(!FileManager.default.fileExists(atPath: ledger + ".bak"))
        let fresh = CLI.temporaryFolder() + "/new.json"
        #expect(try CLI.run(["scan", folder, "--ledger", fresh, "--dry-run"]).status == 0)
        #expect(!FileManager.default.fileExists(atPath: fresh))
    }

    @Test func manualValuesAreKeptUnlessOverwriteManual() throws {
        let folder = clones()
        let ledger = CLI.temporaryFolder() + "/ledger.json"
        #expect(try CLI.run(["init", ledger]).status == 0)
        #expect(
            try CLI.run(["project", "add", "API", "--ledger", ledger, "--docker", "yes", "--non-root", "yes"]).status
                == 0)
        let first = try CLI.run(["scan", folder + "/api", "--ledger", ledger])
        #expect(first.stdout.contains("API ← "))
        #expect(first.stdout.contains("kept manual nonRoot=true; Dockerfile:2 says false"))
        var api = try #require(try LedgerStore.load(ledger).ledger.project(named: "api"))
        #expect(api.docker?.nonRoot == true)
        #expect(api.sources["docker.nonRoot"]?.from == .manual)
        #expect(api.docker?.multiStage == false)
        let forced = try CLI.run([
            "scan", folder + "/api", "--ledger", ledger, "--overwrite-manual", "--as-of", "2026-11-28",
        ])
        #expect(forced.stdout.contains("nonRoot: true → false  (Dockerfile:2)"))
        api = try #require(try LedgerStore.load(ledger).ledger.project(named: "api"))
        #expect(api.docker?.nonRoot == false)
        #expect(api.sources["docker.nonRoot"] == FactSource(from: .scan, file: "Dockerfile:2", at: "2026-11-28"))
    }

    @Test func projectsMatchByRepositoryThenName() throws {
        let folder = clones()
        let ledger = CLI.temporaryFolder() + "/ledger.json"
        #expect(try CLI.run(["scan", folder + "/api", "--ledger", ledger, "--project", "billing-api"]).status == 0)
        // Found again by its repository though the name differs from the folder.
        let again = try CLI.run(["scan", folder, "--ledger", ledger])
        #expect(again.stdout.contains("billing-api ← "))
        let l = try LedgerStore.load(ledger).ledger
        #expect(l.projects.map(\.name).sorted() == ["billing-api", "web"])
        let both = try CLI.run(["scan", folder, "--ledger", ledger, "--project", "x"])
        #expect(both.status != 0)
        #expect(both.stderr.contains("--project names one project"))
        let missing = try CLI.run(["scan", folder + "/nope", "--ledger", ledger])
        #expect(missing.stderr.contains("nope: not a folder"))
    }

    @Test func jsonListsEveryFactWithItsSource() throws {
        let folder = clones()
        let ledger = CLI.temporaryFolder() + "/ledger.json"
        let result = try CLI.run(["scan", folder + "/api", "--ledger", ledger, "--format", "json", "--dry-run"])
        #expect(result.status == 0)
        guard case .object(let root) = try JSONParser.parse(result.stdout),
            case .array(let projects)? = root["projects"], case .object(let api)? = projects.first,
            case .array(let facts)? = api["facts"], case .array(let changes)? = api["changes"]
        else {
            Issue.record("unexpected JSON: \(result.stdout)")
            return
        }
        #expect(
            facts.contains(
                .object(["field": .string("docker.nonRoot"), "value": .bool(false), "source": .string("Dockerfile:2")]))
        )
        #expect(
            changes.contains(
                .object([
                    "field": .string("docker.nonRoot"), "old": .null, "new": .bool(false),
                    "source": .string("Dockerfile:2"),
                ])))
        #expect(root["dryRun"] == .bool(true))
    }
}
