import Foundation
import Model
import Testing

@Suite struct ScriptedEditTests {
    private func copyOfDemo() throws -> String {
        let path = CLI.temporaryFolder() + "/ledger.json"
        try FileManager.default.copyItem(atPath: CLI.demoLedger, toPath: path)
        return path
    }

    @Test func addSetAndRemoveAProject() throws {
        let path = try copyOfDemo()
        let add = try CLI.run([
            "project", "add", "billing-worker", "--ledger", path, "--owner", "payments", "--docker", "yes",
            "--image-size-mb", "180", "--compose=yes", "--volumes", "yes",
        ])
        #expect(add.status == 0)
        #expect(add.stdout == "added billing-worker (level 2)\n")
        let set = try CLI.run([
            "project", "set", "BILLING-worker", "--ledger", path, "--build-time-cached-s", "28", "--image-size-mb",
            "unknown",
        ])
        #expect(set.status == 0)
        let project = try LedgerStore.load(path).ledger.project(named: "billing-worker")
        #expect(project?.owner == "payments")
        #expect(project?.docker?.buildTimeCachedS == 28)
        #expect(project?.docker?.imageSizeMB == nil)
        #expect(try CLI.run(["project", "rm", "billing-worker", "--ledger", path]).status == 0)
        #expect(try LedgerStore.load(path).ledger.project(named: "billing-worker") == nil)
        // Adding and removing leaves the file as it was, byte for byte.
        #expect(
            try Data(contentsOf: URL(fileURLWithPath: path)) == Data(contentsOf: URL(fileURLWithPath: CLI.demoLedger)))
    }

    @Test func badValuesAreAllNamedAndNothingIsWritten() throws {
        let path = try copyOfDemo()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let result = try CLI.run([
            "project", "set", "etl-runner", "--ledger", path, "--image-size-mb", "-4",
            "--cache-hit-rate", "140%", "--layers", "x", "--colour", "red",
        ])
        #expect(result.status != 0)
        #expect(
            result.stderr == """
                Error: --layers: not a whole number: "x"
                unknown field --colour (see `dockledger project set --help`)
                --cache-hit-rate: is a rate and must be between 0 and 1, got 1.4
                --image-size-mb: must be >= 0, got -4

                """)
        let duplicate = try CLI.run(["project", "add", "Chora-Compose", "--ledger", path])
        #expect(duplicate.stderr == "Error: NAME: another project is already named \"chora-compose\"\n")
        let missing = try CLI.run(["project", "rm", "nope", "--ledger", path])
        #expect(missing.stderr == "Error: no project named \"nope\"\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func helpListsEveryField() throws {
        let help = try CLI.run(["project", "set", "--help"])
        for field in ProjectField.all where field.id != .name {
            #expect(help.stdout.contains("--\(field.option) "), "\(field.option)")
        }
    }

    @Test func editsAreRefusedWhileTheLedgerIsLocked() throws {
        let path = try copyOfDemo()
        let lock = try LedgerLock.acquire(for: path, command: "dockledger dashboard")
        let result = try CLI.run(["project", "set", "etl-runner", "--ledger", path, "--layers", "3"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("the ledger is open for writing by process \(getpid()) (dockledger dashboard"))
        withExtendedLifetime(lock) {}
    }

    @Test func waitAsksTheHolderToLendTheLockAndThenEdits() throws {
        let path = try copyOfDemo()
        let holder = LockHolder(try LedgerLock.acquire(for: path, command: "dockledger dashboard"))
        // Plays the open dashboard: lends the lock once a waiting writer asks for it.
        let lender = Thread {
            for _ in 0..<200 where !LedgerLock.isRequested(for: path) { usleep(20_000) }
            holder.release()
        }
        lender.start()
        let result = try CLI.run(["project", "set", "etl-runner", "--ledger", path, "--layers", "3", "--wait", "10"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try LedgerStore.load(path).ledger.project(named: "etl-runner")?.docker?.layers == 3)
        #expect(!FileManager.default.fileExists(atPath: LedgerLock.requestFile(for: path)))
        // Without a lender, --wait gives up after its time and names the holder.
        let again = try LedgerLock.acquire(for: path, command: "dockledger dashboard")
        let timedOut = try CLI.run(["project", "set", "etl-runner", "--ledger", path, "--layers", "4", "--wait", "0.3"])
        #expect(timedOut.status != 0)
        #expect(timedOut.stderr.contains("the ledger is open for writing by process \(getpid())"))
        withExtendedLifetime(again) {}
    }

    @Test func logResolveAndListIssues() throws {
        let path = try copyOfDemo()
        let log = try CLI.run([
            "issue", "log", "--ledger", path, "--category", "CI cache misses", "--project", "ETL-RUNNER",
            "--notes", "cache evicted", "--opened-at", "2026-11-25T08:00:00Z",
        ])
        #expect(log.stdout == "logged issue #14: CI cache misses in etl-runner\n")
        let resolve = try CLI.run([
            "issue", "resolve", "14", "--ledger", path, "--solution", "scope per branch", "--successful",
            "--resolved-at", "2026-11-25T12:00:00Z",
        ])
        #expect(resolve.stdout == "resolved issue #14 (successful)\n")
        let issue = try LedgerStore.load(path).ledger.issues.last!
        #expect(
            issue
                == Model.Issue(
                    id: 14, category: "CI cache misses", project: "etl-runner", openedAt: "2026-11-25T08:00:00Z",
                    resolvedAt: "2026-11-25T12:00:00Z", solution: "scope per branch", successful: true,
                    notes: "cache evicted"))
        let open = try CLI.run(["issue", "list", "--open", "--ledger", path])
        #expect(open.stdout.split(separator: "\n").count == 4)
        #expect(open.stdout.contains("13  Build failures (multi-stage)  payout-scheduler"))
        let early = try CLI.run([
            "issue", "resolve", "13", "--ledger", path, "--solution", "x", "--failed", "--resolved-at", "2020-01-01",
        ])
        #expect(
            early.stderr
                == "Error: --resolved-at: must not be before openedAt (2026-11-24T09:10:00Z), got \"2020-01-01\"\n")
        let unknown = try CLI.run(["issue", "log", "--ledger", path, "--category", "x", "--project", "ghost"])
        #expect(unknown.stderr == "Error: --project: no project named \"ghost\"\n")
    }

    /// `issue log` / `issue resolve` take their options from the issue field table: each field's
    /// label in --help, `--option=value` as well as `--option value`, the FILE positional, and a
    /// clear error for an unknown option or both outcome flags.
    @Test func issueOptionsComeFromTheFieldTable() throws {
        let help = try CLI.run(["issue", "log", "--help"]).stdout
        for label in ["Category", "Project (empty: none)", "Opened (ISO 8601)", "Notes"] {
            #expect(help.contains(label))
        }
        #expect(try CLI.run(["issue", "resolve", "--help"]).stdout.contains("--resolved-at"))
        let path = try copyOfDemo()
        let log = try CLI.run([
            "issue", "log", path, "--category=CI cache misses", "--opened-at=2026-11-25T08:00:00Z", "--notes", "n",
        ])
        #expect(log.stdout == "logged issue #14: CI cache misses\n")
        #expect(try LedgerStore.load(path).ledger.issues.last?.openedAt == "2026-11-25T08:00:00Z")
        let unknown = try CLI.run(["issue", "log", path, "--category", "x", "--severity", "high"])
        #expect(unknown.stderr == "Error: unknown option --severity (see `dockledger issue log --help`)\n")
        let both = try CLI.run([
            "issue", "resolve", "14", "--solution", "s", "--successful", "--failed", "--ledger", path,
        ])
        #expect(both.stderr.contains("--successful and --failed exclude each other"))
    }

    /// Kills scripted saves at random moments; the ledger must always be whole and valid, and
    /// the lock each killed process left must be taken over by the next.
    @Test func killingSavesNeverLeavesABrokenLedger() throws {
        let folder = CLI.temporaryFolder()
        let path = folder + "/ledger.json"
        // A ledger big enough (about 1 MB) that a save takes a while to write.
        var big = try LedgerStore.load(CLI.demoLedger).ledger
        let template = big.project(named: "chora-compose")!
        for i in 0..<1500 {
            var p = template
            p.name = "svc-\(i)"
            big.projects.append(p)
        }
        try LedgerStore.save(big, to: path)
        // Time one whole edit, then kill the others anywhere from mid-load to just after the save.
        let started = Date()
        #expect(try CLI.run(["project", "set", "svc-7", "--ledger", path, "--image-size-mb", "0"]).status == 0)
        let fullRun = Date().timeIntervalSince(started)
        var generator = SystemRandomNumberGenerator()
        var values: Set<Double> = [0]
        var completed = 0
        let rounds = 20
        for round in 1...rounds {
            let process = Process()
            process.executableURL = CLI.binary
            process.arguments = ["project", "set", "svc-7", "--ledger", path, "--image-size-mb", "\(round)"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32(fullRun * 1_000_000 * Double.random(in: 0.4...1.1, using: &generator)))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if process.terminationReason == .exit && process.terminationStatus == 0 { completed += 1 }
            values.insert(Double(round))
            let loaded = try LedgerStore.load(path) // throws if half-written or invalid
            #expect(loaded.ledger.projects.count == big.projects.count)
            let size = loaded.ledger.project(named: "svc-7")?.docker?.imageSizeMB
            #expect(size.map(values.contains) == true)
        }
        // A final edit after all the kills goes through: stale locks are taken over.
        let last = try CLI.run(["project", "set", "svc-7", "--ledger", path, "--image-size-mb", "99"])
        #expect(last.status == 0, "\(last.stderr)")
        #expect(try LedgerStore.load(path).ledger.project(named: "svc-7")?.docker?.imageSizeMB == 99)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)
        print(
            "kill test: \(completed) of \(rounds) edits completed before SIGKILL (one edit: \(Int(fullRun * 1000)) ms)")
    }
}

@Suite struct SnapshotCommandTests {
    @Test func snapshotGrowsTheTrend() throws {
        let path = CLI.temporaryFolder() + "/ledger.json"
        try FileManager.default.copyItem(atPath: CLI.demoLedger, toPath: path)
        let result = try CLI.run(["snapshot", "--ledger", path, "--as-of", "2026-11-26"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("recorded "))
        let history = try LedgerStore.load(path).ledger.history
        #expect(history.map(\.date) == ["2026-02-01", "2026-05-01", "2026-08-01", "2026-11-26"])
        #expect(abs(history.last!.metrics["coverage.docker"]! - 22.0 / 26) < 1e-12)
    }
}

/// A lock another thread may release.
private final class LockHolder: @unchecked Sendable {
    private var lock: LedgerLock?
    private let guardLock = NSLock()

    init(_ lock: LedgerLock) { self.lock = lock }

    func release() {
        guardLock.lock()
        lock = nil
        guardLock.unlock()
    }
}

@Suite struct ProjectCascadeCommandTests {
    @Test func renameAndRemoveKeepIssuesAttachedAndValidateWarnsAboutOrphans() throws {
        let path = CLI.temporaryFolder() + "/ledger.json"
        try FileManager.default.copyItem(atPath: CLI.demoLedger, toPath: path)
        let renamed = try CLI.run(["project", "rename", "payout-scheduler", "payouts", "--ledger", path])
        #expect(renamed.stdout == "renamed payout-scheduler to payouts (and in 1 issue)\n")
        #expect(try LedgerStore.load(path).ledger.issues.contains { $0.project == "payouts" })
        let refused = try CLI.run(["project", "rm", "crm-sync", "--ledger", path])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("crm-sync has 1 open issue: say --issues keep"))
        #expect(try CLI.run(["project", "rm", "crm-sync", "--issues", "keep", "--ledger", path]).status == 0)
        let validate = try CLI.run(["validate", path])
        #expect(validate.status == 0)
        #expect(validate.stderr.contains("warning: issues["))
        #expect(validate.stderr.contains("names \"crm-sync (deleted project)\", which is not in the inventory"))
        #expect(validate.stdout.contains("1 warning)"))
    }
}
