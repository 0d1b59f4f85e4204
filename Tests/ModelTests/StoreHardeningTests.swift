import Foundation
import Testing

@testable import Model

/// The red-team reproducers against the store: symlinks, planted lock files, permissions, an
/// outside write during a save, a directory as the ledger.
@Suite struct StoreHardeningTests {
    func ownerOf(_ path: String) throws -> String? {
        try LedgerStore.load(path).ledger.project(named: "a")?.owner
    }

    func setOwner(_ owner: String) -> (inout Ledger) throws(ScriptedEdit.Failure) -> String {
        { ledger throws(ScriptedEdit.Failure) in
            ledger.projects[0].owner = owner
            return "ok"
        }
    }

    @Test func aSymlinkedLedgerIsWrittenThroughAndLockedAtItsTarget() throws {
        let folder = temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder + "/real", withIntermediateDirectories: true)
        let real = folder + "/real/ledger.json"
        let link = folder + "/ledger.json"
        try LedgerStore.save(ledger([plainProject("a")]), to: real)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real/ledger.json")

        _ = try ScriptedEdit.run(on: link, command: "test", setOwner("via-link"))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "real/ledger.json")
        #expect(try ownerOf(real) == "via-link")
        #expect(!FileManager.default.fileExists(atPath: link + ".bak"))

        // A dashboard holding the real path's lock keeps out an edit through the link.
        let held = try LedgerLock.acquire(for: real, command: "dockledger dashboard")
        #expect(throws: ScriptedEdit.Failure.self) {
            _ = try ScriptedEdit.run(on: link, command: "test", setOwner("x"))
        }
        withExtendedLifetime(held) {}
        #expect(try ownerOf(real) == "via-link")
    }

    @Test func aLockFilePlantedAsASymlinkIsNotFollowed() throws {
        let folder = temporaryFolder()
        let path = folder + "/ledger.json"
        try LedgerStore.save(ledger([plainProject("a")]), to: path)
        try "precious\n".write(toFile: folder + "/victim.txt", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: path + ".lock", withDestinationPath: "victim.txt")
        do {
            _ = try ScriptedEdit.run(on: path, command: "test", setOwner("x"))
            Issue.record("the edit should be refused")
        } catch {
            #expect(error.description.contains("symbolic link"))
        }
        #expect(try String(contentsOfFile: folder + "/victim.txt", encoding: .utf8) == "precious\n")
    }

    @Test func modeOwnerAndGroupAreKept() throws {
        let path = temporaryFolder() + "/ledger.json"
        try LedgerStore.save(ledger([plainProject("a")]), to: path)
        chmod(path, 0o664)
        let isRoot = getuid() == 0
        if isRoot { chown(path, 65534, 65534) }
        let previousMask = umask(0o022)
        defer { umask(previousMask) }
        _ = try ScriptedEdit.run(on: path, command: "test", setOwner("x"))
        var info = stat()
        stat(path, &info)
        #expect(info.st_mode & 0o7777 == 0o664)
        if isRoot { #expect(info.st_uid == 65534 && info.st_gid == 65534) }
    }

    @Test func aReadOnlyLedgerIsRefusedAndSaysSo() throws {
        let path = temporaryFolder() + "/ledger.json"
        try LedgerStore.save(ledger([plainProject("a")]), to: path)
        chmod(path, 0o444)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        do {
            _ = try ScriptedEdit.run(on: path, command: "test", setOwner("x"))
            Issue.record("a read-only file should not be replaced")
        } catch {
            #expect(error.description.contains("is read-only (mode 444)"))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func anOutsideWriteDuringTheSaveIsNotOverwritten() throws {
        let folder = temporaryFolder()
        let path = folder + "/ledger.json"
        try LedgerStore.save(ledger([plainProject("a")]), to: path)
        var session = LedgerSession(path: path, fingerprint: try LedgerStore.load(path).fingerprint)
        let outside = LedgerStore.encode(ledger([plainProject("outside")]))
        #expect(throws: LedgerError.changedOnDisk(file: path)) {
            try session.save(
                ledger([plainProject("mine")]),
                whileWriting: {
                    // What `jq … > t && mv t ledger.json` does while dockledger encodes and fsyncs.
                    try! outside.write(to: URL(fileURLWithPath: folder + "/t"))
                    rename(folder + "/t", path)
                })
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == outside)
    }

    @Test func aDirectoryAsTheLedgerSaysSo() {
        let folder = temporaryFolder()
        #expect(throws: LedgerError.unreadable(file: folder, reason: "is a directory, not a ledger file")) {
            try LedgerStore.load(folder)
        }
    }

    @Test func tempAndBackupNamesAreUnpredictable() throws {
        let folder = temporaryFolder()
        let path = folder + "/ledger.json"
        try LedgerStore.save(ledger([plainProject("a")]), to: path)
        // A planted file under the old predictable staging name is neither followed nor truncated.
        try "precious\n".write(toFile: folder + "/victim.txt", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(
            atPath: path + ".bak.tmp-\(getpid())", withDestinationPath: "victim.txt")
        try LedgerStore.save(ledger([plainProject("b")]), to: path)
        #expect(try String(contentsOfFile: folder + "/victim.txt", encoding: .utf8) == "precious\n")
        #expect(try LedgerStore.load(path + ".bak").ledger.projects.map(\.name) == ["a"])
    }
}

/// One definition of valid, on load and on save, with bounds on every number.
@Suite struct LedgerBoundsTests {
    @Test func aCountTheCLICanSetAlwaysLoadsAgain() throws {
        let path = temporaryFolder() + "/ledger.json"
        try LedgerStore.save(ledger([plainProject("a")]), to: path)
        for layers in [1_000_000_000_000_000, Int.max] {
            #expect(throws: LedgerError.self) {
                try LedgerStore.save(ledger([dockerProject("a") { $0.layers = layers }]), to: path)
            }
        }
        // The same words when the file already holds such a number.
        let text =
            #"{"format": "dockledger", "formatVersion": 1, "projects": [{"name": "a", "docker": {"layers": 1000000000000000, "vulnerabilities": {"critical": 99999999999999999999}}}]}"#
        do {
            _ = try LedgerStore.decode(Data(text.utf8), file: "f")
            Issue.record("should be refused")
        } catch {
            #expect(
                error.description.contains(
                    "projects[0].docker.layers: must be at most 1000000000000, got 1000000000000000"))
            #expect(
                error.description.contains(
                    "projects[0].docker.vulnerabilities.critical: must be at most 1000000000000, got 99999999999999999999"
                ))
        }
    }

    @Test func theNextIssueIDBeyondTheBoundIsRefusedOnSave() throws {
        let path = temporaryFolder() + "/ledger.json"
        var l = ledger([], issues: [Issue(id: LedgerLimits.maxCount, category: "x", openedAt: "2026-11-01")])
        try LedgerStore.save(l, to: path)
        l.issues.append(Issue(id: l.nextIssueID, category: "x", openedAt: "2026-11-01"))
        #expect(throws: LedgerError.self) { try LedgerStore.save(l, to: path) }
        #expect(try LedgerStore.load(path).ledger.issues.count == 1)
    }

    @Test func hugeMeasurementsAndTargetsAreRefusedWithTheirPath() {
        let text =
            #"{"format": "dockledger", "formatVersion": 1, "targets": {"maintenance.baseImageAgeDays": 1e300}, "assumptions": {"horizonMonths": 1e308}, "projects": [{"name": "a", "docker": {"buildTimeUncachedS": 1.7976931348623157e308}}]}"#
        do {
            _ = try LedgerStore.decode(Data(text.utf8), file: "f")
            Issue.record("should be refused")
        } catch {
            #expect(
                error.description.contains(
                    "targets.maintenance.baseImageAgeDays: must be at most 1000000000000, got 1e+300"))
            #expect(error.description.contains("assumptions.horizonMonths: must be at most"))
            #expect(error.description.contains("projects[0].docker.buildTimeUncachedS: must be at most"))
        }
    }

    @Test func sumsAndDayConversionsCannotTrap() {
        #expect([Int.max, 1, 5].saturatingSum == Int.max)
        #expect([Int.min, -1].saturatingSum == Int.min)
        #expect(ISODate.day(fromSeconds: 1e300) == ISODate.day(fromSeconds: 1e300))
        #expect(!ISODate.instant(fromSeconds: -.infinity).isEmpty)
        #expect(!ISODate.day(fromSeconds: .nan).isEmpty)
        // A report of a ledger at the bounds computes (no trap) and prints no nan/inf.
        let projects = (0..<3).map { i in
            dockerProject("p\(i)") { d in
                d.layers = LedgerLimits.maxCount
                d.imageSizeMB = LedgerLimits.maxMeasurement
                d.buildTimeCachedS = 0
                d.buildTimeUncachedS = LedgerLimits.maxMeasurement
                d.vulnerabilities = VulnerabilityScan(
                    critical: LedgerLimits.maxCount, high: LedgerLimits.maxCount, scannedAt: "2026-11-01")
            }
        }
        let l = ledger(projects)
        let json = JSONReport.render(l, report(l))
        for bad in [": nan", ": -nan", ": inf", ": -inf"] { #expect(!json.contains(bad)) }
    }

    @Test func invalidUTF8IsRefusedWithLineAndColumn() throws {
        let cases: [[UInt8]] = [
            [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF4, 0x90, 0x80, 0x80], [0x80], [0xE2, 0x82], [0xFF],
        ]
        for bad in cases {
            let bytes = Array("{\n  \"owner\": \"ab".utf8) + bad + Array("c\"\n}".utf8)
            do {
                _ = try JSONParser.parse(Data(bytes))
                Issue.record("accepted \(bad)")
            } catch {
                #expect(
                    error.line == 2 && error.column == 15 && error.reason.hasPrefix("invalid UTF-8"), "\(bad): \(error)"
                )
            }
        }
        // Escaped text before the bad byte takes the slow path; it is checked there too.
        #expect(throws: JSONSyntaxError.self) {
            try JSONParser.parse(Data(Array(#"["\n"#.utf8) + [0xC3, 0x28] + Array(#""]"#.utf8)))
        }
        #expect(try JSONParser.parse(#"["é€🚚\n"]"#) == .array([.string("é€🚚\n")]))
    }
}
