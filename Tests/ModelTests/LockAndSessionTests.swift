import Foundation
import Testing

@testable import Model

@Suite struct LedgerLockTests {
    @Test func aSecondWriterIsRefusedAndToldWhoHoldsIt() throws {
        let path = temporaryFolder() + "/ledger.json"
        let first = try LedgerLock.acquire(for: path, command: "dockledger dashboard")
        do {
            _ = try LedgerLock.acquire(for: path, command: "dockledger project")
            Issue.record("second lock should be refused")
        } catch {
            guard case .heldBy(let holder?, _) = error else {
                Issue.record("no holder named: \(error)")
                return
            }
            #expect(holder.pid == getpid())
            #expect(holder.command == "dockledger dashboard")
            #expect(
                error.description.hasPrefix(
                    "the ledger is open for writing by process \(getpid()) (dockledger dashboard, since "))
        }
        withExtendedLifetime(first) {}
    }

    @Test func releasingLetsTheNextWriterIn() throws {
        let path = temporaryFolder() + "/ledger.json"
        do { _ = try LedgerLock.acquire(for: path, command: "a") }
        #expect(!FileManager.default.fileExists(atPath: LedgerLock.lockFile(for: path)))
        let second = try LedgerLock.acquire(for: path, command: "b")
        #expect(second.tookOverFrom == nil)
    }

    @Test func aLockLeftByACrashedProcessIsTakenOver() throws {
        let folder = temporaryFolder()
        let path = folder + "/ledger.json"
        // What a SIGKILLed holder leaves: the lock file with its text, but no flock.
        try "pid=999999\ncommand=dockledger dashboard\nsince=2026-11-26T10:00:00Z\n".write(
            toFile: path + ".lock", atomically: true, encoding: .utf8)
        try "half".write(toFile: folder + "/.ledger.json.tmp-999999-42", atomically: true, encoding: .utf8)
        let lock = try LedgerLock.acquire(for: path, command: "dockledger dashboard")
        #expect(
            lock.tookOverFrom
                == LedgerLock.Holder(pid: 999999, command: "dockledger dashboard", since: "2026-11-26T10:00:00Z"))
        #expect(try String(contentsOfFile: path + ".lock", encoding: .utf8).hasPrefix("pid=\(getpid())\n"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/.ledger.json.tmp-999999-42"))
    }
}

@Suite struct LedgerSessionTests {
    @Test func aFileChangedOnDiskIsNotOverwritten() throws {
        let path = temporaryFolder() + "/ledger.json"
        try LedgerStore.save(ledger([plainProject("a")]), to: path)
        let loaded = try LedgerStore.load(path)
        var session = LedgerSession(path: path, fingerprint: loaded.fingerprint)
        #expect(!session.changedOnDisk)

        // Another tool writes the file.
        try LedgerStore.save(ledger([plainProject("a"), plainProject("from-elsewhere")]), to: path)
        #expect(session.changedOnDisk)
        var mine = loaded.ledger
        mine.projects.append(plainProject("mine"))
        #expect(throws: LedgerError.changedOnDisk(file: path)) { try session.save(mine) }
        #expect(try LedgerStore.load(path).ledger.projects.map(\.name) == ["a", "from-elsewhere"])

        // Reloading adopts the new version; the next save goes through.
        var reloaded = try session.reload()
        reloaded.projects.append(plainProject("mine"))
        try session.save(reloaded)
        #expect(try LedgerStore.load(path).ledger.projects.map(\.name) == ["a", "from-elsewhere", "mine"])
        #expect(!session.changedOnDisk)
    }

    @Test func scriptedEditsAreRefusedWhileAWriterHoldsTheLedger() throws {
        let path = temporaryFolder() + "/ledger.json"
        try LedgerStore.save(ledger([]), to: path)
        let dashboard = try LedgerLock.acquire(for: path, command: "dockledger dashboard")
        #expect(throws: ScriptedEdit.Failure.self) {
            try ScriptedEdit.run(on: path, command: "test") { (l: inout Ledger) throws(ScriptedEdit.Failure) in
                l.projects.append(plainProject("x"))
                return "added"
            }
        }
        #expect(try LedgerStore.load(path).ledger.projects.isEmpty)
        withExtendedLifetime(dashboard) {}
    }
}
