import Foundation
import Model
import Testing

/// The merge driver, git-setup and resolve against real git repositories.
@Suite struct GitMergeTests {
    /// A repository with the driver set up, and two branches made by `ours` (main) and `theirs`.
    private func branches(
        ours: (GitSandbox) throws -> Void, theirs: (GitSandbox) throws -> Void,
        driver: Bool = true
    ) throws -> (GitSandbox, CLIResult) {
        let repo = try GitSandbox()
        if driver {
            let setup = try repo.dockledger("git-setup", "--ledger", "ledger.json")
            #expect(setup.status == 0, "\(setup.stderr)")
            try repo.commit("merge driver")
        }
        try repo.git("checkout", "-q", "-b", "theirs")
        try theirs(repo)
        try repo.git("add", "-A")
        try repo.git("commit", "-q", "-m", "theirs")
        try repo.git("checkout", "-q", "main")
        try ours(repo)
        try repo.git("add", "-A")
        try repo.git("commit", "-q", "-m", "ours")
        let merge = try repo.git("merge", "-m", "merge", "theirs", allowFailure: true)
        return (repo, merge)
    }

    private func set(_ repo: GitSandbox, _ args: String...) throws {
        let result = try CLI.run(["project", "set"] + args + ["--ledger", "ledger.json"], in: repo.folder)
        #expect(result.status == 0, "\(result.stderr)")
    }

    private func logIssue(_ repo: GitSandbox, _ category: String) throws {
        let result = try CLI.run(["issue", "log", "--category", category, "--ledger", "ledger.json"], in: repo.folder)
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test func gitSetupIsIdempotentAndSaysWhatItDid() throws {
        let repo = try GitSandbox()
        let first = try repo.dockledger("git-setup", "--ledger", "ledger.json")
        #expect(first.status == 0)
        #expect(first.stdout.contains("added `ledger.json merge=dockledger` to .gitattributes"))
        #expect(first.stdout.contains("set merge.dockledger.driver"))
        let second = try repo.dockledger("git-setup", "--ledger", "ledger.json")
        #expect(second.stdout.contains("already has"))
        #expect(second.stdout.contains("already `dockledger merge %O %A %B %P`"))
        #expect(
            try String(contentsOfFile: repo.folder + "/.gitattributes", encoding: .utf8)
                == "ledger.json merge=dockledger\n")
        #expect(try repo.git("config", "merge.dockledger.driver").stdout == "dockledger merge %O %A %B %P\n")
    }

    @Test func editsOfDifferentProjectsAndFieldsMergeCleanly() throws {
        let (repo, merge) = try branches(
            ours: {
                try set($0, "chora-compose", "--owner", "alice")
                try set($0, "ledger-api", "--layers", "7")
            },
            theirs: {
                try set($0, "chora-compose", "--image-size-mb", "99")
                try set($0, "event-gateway", "--owner", "bob")
            })
        #expect(
            merge.status == 0,
            "\(merge.stdout) \(merge.stderr) \(String(describing: (try? repo.ledgerJSON())?["conflicts"]))")
        let ledger = try LedgerStore.load(repo.ledger).ledger
        #expect(ledger.project(named: "chora-compose")?.owner == "alice")
        #expect(ledger.project(named: "chora-compose")?.docker?.imageSizeMB == 99)
        #expect(ledger.project(named: "ledger-api")?.docker?.layers == 7)
        #expect(ledger.project(named: "event-gateway")?.owner == "bob")
        #expect(ledger.conflicts.isEmpty)
    }

    @Test func issuesLoggedOnBothBranchesAreAllKept() throws {
        let (repo, merge) = try branches(ours: { try logIssue($0, "Ours") }, theirs: { try logIssue($0, "Theirs") })
        #expect(merge.status == 0, "\(merge.stderr)")
        #expect(merge.stderr.contains("their issue 14 is now issue 15"))
        let ledger = try LedgerStore.load(repo.ledger).ledger
        #expect(ledger.issues.suffix(2).map(\.id) == [14, 15])
        #expect(ledger.issues.suffix(2).map(\.category) == ["Ours", "Theirs"])
    }

    @Test func sameFieldAndDeleteVersusEditAreConflicts() throws {
        let (repo, merge) = try branches(
            ours: {
                try set($0, "ledger-api", "--owner", "erin")
                try set($0, "feature-flags", "--layers", "3")
            },
            theirs: {
                try set($0, "ledger-api", "--owner", "dave")
                #expect(
                    try CLI.run(["project", "rm", "feature-flags", "--ledger", "ledger.json"], in: $0.folder).status
                        == 0)
            })
        #expect(merge.status != 0)
        #expect(try repo.git("status", "--short").stdout.contains("UU ledger.json"))
        let ledger = try LedgerStore.load(repo.ledger).ledger
        #expect(
            ledger.conflicts.map(\.path.description) == [
                "projects[\"ledger-api\"].owner", "projects[\"feature-flags\"]",
            ])
        #expect(ledger.conflicts[0].theirs == .string("dave"))
        #expect(ledger.project(named: "ledger-api")?.owner == "erin")
        #expect(ledger.project(named: "feature-flags")?.docker?.layers == 3)
        // The CLI refuses to edit it and validate fails, both naming the conflicts.
        let edit = try repo.dockledger("project", "set", "ledger-api", "--owner", "x", "--ledger", "ledger.json")
        #expect(edit.status != 0)
        #expect(
            edit.stderr.contains(
                "2 unresolved merge conflicts (projects[\"ledger-api\"].owner, projects[\"feature-flags\"])"))
        #expect(try repo.dockledger("validate", "ledger.json").status == 1)
    }

    @Test func aMergeWithoutTheDriverIsRepairedByResolve() throws {
        let (repo, merge) = try branches(
            ours: {
                try set($0, "ledger-api", "--owner", "erin")
                try logIssue($0, "Ours")
            },
            theirs: {
                try set($0, "ledger-api", "--owner", "erin")
                try set($0, "chora-compose", "--layers", "5")
                try logIssue($0, "Theirs")
            },
            driver: false)
        #expect(merge.status != 0)
        let validate = try repo.dockledger("validate", "ledger.json")
        #expect(validate.status == 1)
        #expect(validate.stderr.contains("has git conflict markers"))
        #expect(validate.stderr.contains("dockledger resolve ledger.json"))
        let resolve = try repo.dockledger("resolve", "ledger.json")
        #expect(resolve.status == 0, "\(resolve.stderr)")
        #expect(resolve.stdout.contains("`git add ledger.json`"))
        let ledger = try LedgerStore.load(repo.ledger).ledger
        #expect(ledger.project(named: "chora-compose")?.docker?.layers == 5)
        #expect(ledger.issues.suffix(2).map(\.category) == ["Ours", "Theirs"])
        #expect(Set(ledger.issues.map(\.id)).count == ledger.issues.count)
    }

    @Test func theDriverRefusesToWriteAnInvalidMerge() throws {
        let folder = CLI.temporaryFolder()
        let files = ["base", "ours", "theirs"].map { folder + "/" + $0 }
        try Data(
            "{\"format\":\"dockledger\",\"formatVersion\":1,\"issues\":[{\"id\":1,\"category\":\"C\",\"openedAt\":\"2026-11-01\"}]}"
                .utf8
        )
        .write(to: URL(fileURLWithPath: files[0]))
        try Data(
            "{\"format\":\"dockledger\",\"formatVersion\":1,\"issues\":[{\"id\":1,\"category\":\"C\",\"openedAt\":\"2026-11-10\"}]}"
                .utf8
        )
        .write(to: URL(fileURLWithPath: files[1]))
        try Data(
            "{\"format\":\"dockledger\",\"formatVersion\":1,\"issues\":[{\"id\":1,\"category\":\"C\",\"openedAt\":\"2026-11-01\",\"resolvedAt\":\"2026-11-05\"}]}"
                .utf8
        )
        .write(to: URL(fileURLWithPath: files[2]))
        let before = try Data(contentsOf: URL(fileURLWithPath: files[1]))
        let result = try CLI.run(["merge"] + files + ["ledger.json"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("issues[0].resolvedAt: must not be before openedAt"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: files[1])) == before)
    }
}
