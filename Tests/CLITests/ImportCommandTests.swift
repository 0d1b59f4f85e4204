import Foundation
import Model
import Testing

@Suite struct ImportCommandTests {
    static let fixtures = CLI.repository.appendingPathComponent("Tests/ScannerFixtures").path

    /// A ledger with one project, `api`, that uses Docker.
    private func ledger() throws -> String {
        let path = CLI.temporaryFolder() + "/ledger.json"
        #expect(try CLI.run(["init", path]).status == 0)
        #expect(try CLI.run(["project", "add", "api", "--ledger", path]).status == 0)
        return path
    }

    private func importing(_ kind: String, _ fixture: String, into path: String, _ extra: [String] = []) throws
        -> CLIResult
    {
        try CLI.run(
            [
                "import", kind, Self.fixtures + "/" + fixture, "--project", "api", "--ledger", path, "--as-of",
                "2026-11-27",
            ] + extra)
    }

    private func api(_ path: String) throws -> Project {
        try #require(try LedgerStore.load(path).ledger.project(named: "api"))
    }

    @Test func trivyCountsEverySeverityButUnknown() throws {
        let path = try ledger()
        let result = try importing("trivy", "trivy-image.json", into: path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout
                == "imported trivy trivy-image.json into api\n  vulnerabilities: unknown → critical 1, high 3, medium 1, low 1\n"
        )
        #expect(
            try api(path).docker?.vulnerabilities
                == VulnerabilityScan(critical: 1, high: 3, medium: 1, low: 1, scannedAt: "2026-11-20"))
        #expect(
            try api(path).sources["docker.vulnerabilities"]
                == FactSource(from: .trivy, file: "trivy-image.json", at: "2026-11-27"))
        // No Vulnerabilities key anywhere: zero, scanned today.
        _ = try importing("trivy", "trivy-clean.json", into: path)
        #expect(
            try api(path).docker?.vulnerabilities
                == VulnerabilityScan(critical: 0, high: 0, medium: 0, low: 0, scannedAt: "2026-11-27"))
        // The old bare-array form.
        _ = try importing("trivy", "trivy-old-array.json", into: path)
        #expect(
            try api(path).docker?.vulnerabilities
                == VulnerabilityScan(critical: 1, high: 1, medium: 1, low: 0, scannedAt: "2026-11-27"))
    }

    @Test func grypeCountsMatchesOnlyNotRelatedNorNegligible() throws {
        let path = try ledger()
        let result = try importing("grype", "grype.json", into: path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            try api(path).docker?.vulnerabilities
                == VulnerabilityScan(critical: 1, high: 1, medium: 2, low: 1, scannedAt: "2026-11-21"))
    }

    @Test func inspectReadsSizeLayersUserHealthcheckAndPlatform() throws {
        let path = try ledger()
        #expect(try CLI.run(["project", "set", "api", "--ledger", path, "--platforms", "linux/amd64"]).status == 0)
        // platforms was typed: kept; everything else filled.
        let result = try importing("inspect", "inspect.json", into: path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout.contains("kept manual platforms=linux/amd64; inspect.json says linux/amd64,linux/arm64/v8"))
        var docker = try #require(try api(path).docker)
        #expect(docker.imageSizeMB == 182.5)
        #expect(docker.layers == 11)
        #expect(docker.nonRoot == true)
        #expect(docker.healthcheck == true)
        #expect(docker.platforms == ["linux/amd64"])
        _ = try importing("inspect", "inspect.json", into: path, ["--overwrite-manual"])
        #expect(try api(path).docker?.platforms == ["linux/amd64", "linux/arm64/v8"])
        // --image picks by RepoTags (a name without a tag means :latest).
        _ = try importing("inspect", "inspect-two.json", into: path, ["--image", "acme/worker"])
        docker = try #require(try api(path).docker)
        #expect(docker.imageSizeMB == 0.3)
        #expect(docker.layers == 3)
        #expect(docker.nonRoot == false)
        #expect(docker.healthcheck == false)
        _ = try importing("inspect", "inspect-two.json", into: path)
        docker = try #require(try api(path).docker)
        #expect(docker.imageSizeMB == 45)
        #expect(docker.healthcheck == false)
        let missing = try importing("inspect", "inspect-two.json", into: path, ["--image", "acme/nope:1"])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("inspect-two.json: no image tagged \"acme/nope:1\""))
    }

    @Test func hadolintCountsLevelsAndDL3002MeansRoot() throws {
        let path = try ledger()
        let result = try CLI.run(
            ["import", "hadolint", "-", "--project", "api", "--ledger", path, "--as-of", "2026-11-27"],
            stdin: FileManager.default.contents(atPath: Self.fixtures + "/hadolint.json"))
        #expect(result.status == 0, "\(result.stderr)")
        let docker = try #require(try api(path).docker)
        #expect(docker.lint == LintCounts(error: 1, warning: 3, info: 3, style: 1, scannedAt: "2026-11-27"))
        #expect(docker.nonRoot == false)
        #expect(
            try api(path).sources["docker.nonRoot"] == FactSource(from: .hadolint, file: "stdin:12", at: "2026-11-27"))
    }

    @Test func theWrongFileIsRefusedAndTheLedgerIsUntouched() throws {
        let path = try ledger()
        let before = FileManager.default.contents(atPath: path)
        let cases: [(String, String, String)] = [
            ("trivy", "grype.json", "grype.json: not Trivy JSON"),
            ("grype", "trivy-image.json", "trivy-image.json: not Grype JSON"),
            ("inspect", "hadolint.json", "hadolint.json: not `docker image inspect` output"),
            ("hadolint", "inspect.json", "inspect.json: not hadolint JSON"),
            ("hadolint", "trivy-image.json", "trivy-image.json: not hadolint JSON"),
        ]
        for (kind, fixture, message) in cases {
            let result = try importing(kind, fixture, into: path)
            #expect(result.status != 0)
            #expect(result.stderr.contains(message), "\(kind) \(fixture): \(result.stderr)")
        }
        let notJSON = try CLI.run(
            ["import", "trivy", "-", "--project", "api", "--ledger", path], stdin: Data("Total: 3 (HIGH: 3)\n".utf8))
        #expect(notJSON.stderr.contains("stdin: not JSON"))
        let noProject = try CLI.run([
            "import", "trivy", Self.fixtures + "/trivy-image.json", "--project", "nope", "--ledger", path,
        ])
        #expect(noProject.stderr.contains("no project named \"nope\""))
        #expect(FileManager.default.contents(atPath: path) == before)
    }
}
