import Foundation
import Model
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// SIGKILL at any moment of an edit leaves the ledger as it was or as the edit made it, whole:
/// never half-written, never something that does not load. Each round starts a real
/// `dockledger project set` and kills it: while it loads, while it writes its temp file, or just
/// before or after its rename.
@Suite struct KilledWriterTests {
    func bigLedger(_ count: Int) -> Ledger {
        var l = Ledger.new(today: "2026-11-26")
        for i in 0..<count {
            var p = Project(name: "svc-\(i)", owner: "team-\(i % 7)", createdAt: "2026-01-15", status: .active)
            var d = DockerSetup()
            d.imageSizeMB = Double(100 + i)
            d.baseImage = "python:3.12-slim"
            d.platforms = ["linux/amd64", "linux/arm64"]
            p.docker = d
            l.projects.append(p)
        }
        return l
    }

    @Test func aWriterKilledAtAnyMomentLeavesTheOldOrTheNewLedgerWhole() throws {
        let folder = CLI.temporaryFolder()
        let path = folder + "/ledger.json"
        try LedgerStore.save(bigLedger(4_000), to: path)
        let target = 2_000

        // One uninterrupted run, to spread the kill moments over a run's length.
        let started = Date()
        let full = try CLI.run(["project", "set", "svc-\(target)", "--image-size-mb", "1", "--ledger", path])
        #expect(full.status == 0, "\(full.stderr)")
        let runTime = Date().timeIntervalSince(started)

        var killedMidWrite = 0
        for round in 0..<12 {
            let before = try LedgerStore.load(path).ledger
            let process = Process()
            process.executableURL = CLI.binary
            process.arguments = [
                "project", "set", "svc-\(target)", "--image-size-mb", "\(10 + round)", "--ledger", path,
            ]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            if round % 2 == 0 {
                // The moment its temp file appears, then a little later each round.
                let deadline = Date().addingTimeInterval(runTime * 4 + 5)
                while !hasTempFile(folder), process.isRunning, Date() < deadline { usleep(100) }
                if process.isRunning, hasTempFile(folder) { killedMidWrite += 1 }
                usleep(UInt32(round * 2_000))
            } else {
                usleep(UInt32(runTime * 1e6 * Double(round) / 12))
            }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()

            // It loads, and it is the old ledger or the old one with the edit.
            let now = try LedgerStore.load(path).ledger
            let value = now.projects[target].docker?.imageSizeMB
            #expect(value == before.projects[target].docker?.imageSizeMB || value == Double(10 + round))
            var rest = now
            rest.projects[target] = before.projects[target]
            #expect(rest == before, "round \(round): more than the edit changed")
            // The kept previous version is whole too.
            if FileManager.default.fileExists(atPath: path + ".bak") {
                _ = try LedgerStore.load(path + ".bak")
            }
        }
        #expect(killedMidWrite > 0, "no round killed the writer while its temp file existed")

        // The next writer takes the dead one's lock over and clears its temp files.
        let next = try CLI.run(["project", "set", "svc-\(target)", "--image-size-mb", "7", "--ledger", path])
        #expect(next.status == 0, "\(next.stderr)")
        #expect(try LedgerStore.load(path).ledger.projects[target].docker?.imageSizeMB == 7)
        #expect(!hasTempFile(folder))
    }

    func hasTempFile(_ folder: String) -> Bool {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).contains { $0.contains(".tmp-") }
    }
}
