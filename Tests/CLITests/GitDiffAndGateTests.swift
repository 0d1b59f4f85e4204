import Foundation
import Model
import Testing

/// `diff` and `check --since` against revisions of a real git repository.
@Suite struct GitDiffAndGateTests {
    private func repoWithTwoCommits() throws -> GitSandbox {
        let repo = try GitSandbox()
        for args in [
            ["project", "set", "chora-compose", "--non-root", "no", "--owner", "core"],
            ["project", "add", "billing-worker", "--docker", "yes"],
            ["issue", "log", "--category", "CI cache misses", "--project", "ledger-api"],
            ["issue", "resolve", "1", "--solution", "pin the cache scope", "--successful", "--force"],
        ] {
            let result = try CLI.run(args + ["--ledger", "ledger.json"], in: repo.folder)
            #expect(result.status == 0, "\(args): \(result.stderr)")
        }
        var ledger = try LedgerStore.load(repo.ledger).ledger
        ledger.changelog.append(ChangelogEntry(date: "2026-11-03", title: "Adopted the merge driver", body: ""))
        try LedgerStore.save(ledger, to: repo.ledger)
        try repo.commit("second", date: "2026-11-03T12:00:00Z")
        return repo
    }

    @Test func diffBetweenRevisionsReadsLikeAChangelog() throws {
        let repo = try repoWithTwoCommits()
        let result = try repo.dockledger("diff", "HEAD~1", "HEAD", "--ledger", "ledger.json", "--as-of", "2026-11-26")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("ledger changes HEAD~1:ledger.json → HEAD:ledger.json\n"))
        #expect(result.stdout.contains("  + billing-worker added\n"))
        #expect(result.stdout.contains("  chora-compose: nonRoot true → false\n"))
        #expect(result.stdout.contains("  chora-compose: owner platform → core\n"))
        #expect(result.stdout.contains("  logged #14 CI cache misses (ledger-api)\n"))
        #expect(result.stdout.contains("Log\n  + changelog 2026-11-03: Adopted the merge driver\n"))
        #expect(result.stdout.contains("coverage.nonRoot 91.3% → "))
        #expect(result.stdout.contains("(met → progressing)"))
        // With no revisions: the last commit against the working file.
        #expect(
            try repo.dockledger("diff", "--ledger", "ledger.json").stdout
                == "ledger changes HEAD:ledger.json → ledger.json: none\n")
        let json = try repo.dockledger("diff", "HEAD~1", "--ledger", "ledger.json", "--format", "json")
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(object?["projectsAdded"] as? [String] == ["billing-worker"])
        #expect(
            (object?["metrics"] as? [[String: Any]])?.contains { $0["id"] as? String == "coverage.nonRoot" } == true)
    }

    @Test func diffOfAnUnknownRevisionIsNamed() throws {
        let repo = try GitSandbox()
        let result = try repo.dockledger("diff", "nope", "--ledger", "ledger.json")
        #expect(result.status != 0)
        #expect(result.stderr.contains("nope: neither a file nor a git revision holding ledger.json"))
    }

    @Test func checkSinceFailsOnlyOnMetricsThatGotWorse() throws {
        let repo = try repoWithTwoCommits()
        let worse = try repo.dockledger("check", "ledger.json", "--since", "HEAD~1")
        #expect(worse.status == 1)
        #expect(worse.stdout.contains("coverage.nonRoot: worse than in HEAD~1:ledger.json: 91.3% → "))
        #expect(worse.stderr.contains("got worse than in HEAD~1:ledger.json"))
        #expect(
            try repo.dockledger("check", "ledger.json", "--since", "HEAD").stdout
                == "ok: no metric got worse than in HEAD:ledger.json\n")
        // --baseline takes a file.
        try repo.git("show", "HEAD~1:ledger.json").stdout.write(
            toFile: repo.folder + "/old.json", atomically: true, encoding: .utf8)
        #expect(try repo.dockledger("check", "ledger.json", "--baseline", "old.json").status == 1)
        #expect(try repo.dockledger("check", "old.json", "--baseline", "old.json").status == 0)
    }
}
