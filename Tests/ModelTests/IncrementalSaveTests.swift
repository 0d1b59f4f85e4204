import Foundation
import Testing

@testable import Model

/// A save over a known version validates and writes only what changed; the file must still be
/// exactly what a full save writes, and the verdict exactly the whole-ledger validator's.
@Suite struct IncrementalSaveTests {
    /// `count` projects with Docker facts, sources and an unknown key, and an issue per tenth.
    func sample(_ count: Int) -> Ledger {
        var projects: [Project] = []
        for i in 0..<count {
            var p = dockerProject("svc-\(i)", created: "2026-0\(1 + i % 9)-15") { d in
                d.imageSizeMB = Double(40 + i)
                d.multiStage = i % 2 == 0
                d.platforms = i % 3 == 0 ? ["linux/amd64", "linux/arm64"] : nil
            }
            p.owner = "team-\(i % 5)"
            p.sources["docker.imageSizeMB"] = FactSource(from: .scan, file: "Dockerfile:\(i)", at: "2026-11-01")
            if i % 4 == 0 { p.unknownKeys["x-note"] = .string("kept \(i)") }
            projects.append(p)
        }
        let issues = stride(from: 0, to: count, by: 10).map {
            Issue(id: $0 + 1, category: "CI cache misses", project: "svc-\($0)", openedAt: "2026-11-0\(1 + $0 % 9)")
        }
        return ledger(projects, issues: issues)
    }

    func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    /// Saves `ledger` and a series of edits through one session, checking after each save that
    /// the file is byte for byte the full encoding and loads back as the ledger saved.
    func checkEdits(from start: Ledger, _ edits: [(inout Ledger) -> Void]) throws {
        let path = temporaryFolder() + "/ledger.json"
        try LedgerStore.save(start, to: path)
        var session = LedgerSession(path: path, loaded: try LedgerStore.load(path))
        var current = start
        for edit in edits {
            edit(&current)
            try session.save(current)
            #expect(try bytes(path) == LedgerStore.encode(current))
            #expect(try LedgerStore.load(path).ledger == current)
        }
    }

    @Test func everyKindOfEditWritesWhatAFullSaveWrites() throws {
        try checkEdits(
            from: sample(60),
            [
                { $0.projects[7].docker?.imageSizeMB = 999 },
                { $0.projects[0].owner = "first" },
                { $0.projects[59].owner = "last" },
                { $0.projects.append(plainProject("added")) },
                { $0.projects.insert(plainProject("inserted"), at: 3) },
                { $0.projects.remove(at: 10) },
                { $0.projects.remove(at: 0) },
                { $0.projects.removeLast() },
                { $0.projects[5].name = "renamed" },
                { $0.projects.swapAt(2, 40) },
                {
                    $0.projects[1].owner = "far apart"
                    $0.projects[50].owner = "far apart"
                    $0.projects.remove(at: 30)
                },
                { $0.issues[2].notes = "edited issue" },
                { $0.issues.append(Issue(id: 1000, category: "Other", openedAt: "2026-11-20")) },
                { $0.meta.title = "Retitled" },
                { _ in },
                { $0.projects.removeAll() },
                { $0.projects = [plainProject("again")] },
                { $0.issues.removeAll() },
            ])
    }

    @Test func unchangedRecordsAreCopiedAndOnlyChangedOnesEncoded() throws {
        let path = temporaryFolder() + "/ledger.json"
        let start = sample(40)
        try LedgerStore.save(start, to: path)
        let loaded = try LedgerStore.load(path)
        var edited = start
        edited.projects[12].owner = "someone else"
        var known = LedgerStore.StoredVersion(ledger: loaded.ledger, fingerprint: loaded.fingerprint)
        known.prepare(path: path)
        // The scanned layout is where the records are: each range decodes to its record.
        let data = try bytes(path)
        let spans = try #require(known.layout?.spans[.projects])
        #expect(spans.count == 40)
        for (i, span) in spans.enumerated() {
            #expect(String(decoding: data[span], as: UTF8.self) == recordText(start.projects[i].json))
        }
        let saved = try LedgerStore.save(edited, to: path, createOnly: false, over: known, beforeCommit: {})
        // What the writer reports is where the records ended up, as a fresh scan finds them.
        #expect(saved.version.layout == (try bytes(path).withUnsafeBytes { RecordLayout.scan($0) }))
        #expect(try bytes(path) == LedgerStore.encode(edited))
    }

    func recordText(_ json: JSONValue) -> String {
        var out: [UInt8] = []
        JSONWriter.write(json, indent: 4, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// A hand-written file: an edit keeps the records it did not touch as they were written
    /// (each still loads as the same record), and `rewritingAll` normalises everything.
    @Test func handFormattedRecordsAreKeptUntilARewrite() throws {
        let path = temporaryFolder() + "/ledger.json"
        let text = """
            {
              "formatVersion": 1,
              "projects": [
                {"status": "active", "name": "b-hand", "docker": {"imageSizeMB": 1.50}},
                {
                  "name": "a-canonical"
                }
              ]
            }

            """
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        var session = LedgerSession(path: path, loaded: try LedgerStore.load(path))
        var l = try LedgerStore.load(path).ledger
        l.projects[1].owner = "team"
        try session.save(l)
        let written = String(decoding: try bytes(path), as: UTF8.self)
        #expect(written.contains(#"{"status": "active", "name": "b-hand", "docker": {"imageSizeMB": 1.50}}"#))
        #expect(try LedgerStore.load(path).ledger == l)

        try session.save(l, rewritingAll: true)
        #expect(try bytes(path) == LedgerStore.encode(l))
    }

    @Test func anArrayLaidOutOtherwiseIsWrittenInFull() throws {
        let path = temporaryFolder() + "/ledger.json"
        try Data(#"{"formatVersion": 1, "projects": [{"name": "a"}, {"name": "b"}], "issues": []}"#.utf8).write(
            to: URL(fileURLWithPath: path))
        let layout = try bytes(path).withUnsafeBytes { RecordLayout.scan($0) }
        #expect(layout.spans[.projects] == nil)
        #expect(layout.spans[.issues] == [])
        var session = LedgerSession(path: path, loaded: try LedgerStore.load(path))
        var l = try LedgerStore.load(path).ledger
        l.projects[0].owner = "x"
        try session.save(l)
        #expect(try bytes(path) == LedgerStore.encode(l))
    }

    /// The one-pass read notes where the records are, so a save need not scan the file: the same
    /// places a scan finds, and none for an array laid out otherwise.
    @Test func theReadNotesTheRecordsWhereTheScanFindsThem() throws {
        let path = temporaryFolder() + "/ledger.json"
        var l = sample(25)
        l.projects[3].owner = #"a "quoted" {brace} owner"#
        try LedgerStore.save(l, to: path)
        let loaded = try LedgerStore.load(path)
        let scanned = try bytes(path).withUnsafeBytes { RecordLayout.scan($0) }
        #expect(loaded.layout == scanned)
        #expect(loaded.layout?.spans[.projects]?.count == 25)
        #expect(loaded.layout?.spans[.issues]?.count == 3)

        let other = temporaryFolder() + "/other.json"
        let text = """
            {"formatVersion": 1, "projects": [{"name": "a"}, {"name": "b"}], "issues": [
                {"id": 1, "category": "c", "openedAt": "2026-11-01"}
              ]}
            """
        try Data(text.utf8).write(to: URL(fileURLWithPath: other))
        let odd = try LedgerStore.load(other)
        #expect(odd.layout?.spans[.projects] == nil)
        // The issue is on its own line at the writer's indent: its place is kept, as by a scan.
        #expect(odd.layout?.spans[.issues]?.count == 1)
        #expect(odd.layout == (try bytes(other).withUnsafeBytes { RecordLayout.scan($0) }))
    }

    @Test func strangeStringsDoNotConfuseTheScanner() throws {
        var l = sample(3)
        l.projects[1].owner = #"quote " and backslash \ and \" and {[ brackets ]}"#
        l.projects[2].unknownKeys["x"] = .string("\\")
        l.unknownKeys["projectz"] = .array([.object(["projects": .array([])])])
        try checkEdits(from: l, [{ $0.projects[0].owner = "changed" }, { $0.projects[2].owner = "\\\\\"" }])
    }

    @Test func aFileChangedBehindTheSessionIsNotCopiedFrom() throws {
        let path = temporaryFolder() + "/ledger.json"
        let start = sample(20)
        try LedgerStore.save(start, to: path)
        let loaded = try LedgerStore.load(path)
        var known = LedgerStore.StoredVersion(ledger: loaded.ledger, fingerprint: loaded.fingerprint)
        // Another program rewrites the file with other records: the known layout is not used.
        var other = start
        other.projects[0].owner = "outside"
        try LedgerStore.save(other, to: path)
        known.prepare(path: path)
        #expect(known.layout == nil)
        var edited = start
        edited.projects[5].owner = "mine"
        _ = try LedgerStore.save(edited, to: path, createOnly: false, over: known, beforeCommit: {})
        #expect(try bytes(path) == LedgerStore.encode(edited))
    }
}

/// Validating only what changed gives the whole-ledger validator's verdict.
@Suite struct ChangeValidationTests {
    let known = ledger(
        [plainProject("alpha"), plainProject("beta"), plainProject("gamma"), plainProject("delta")],
        issues: [
            Issue(id: 1, category: "c", openedAt: "2026-11-01"), Issue(id: 2, category: "c", openedAt: "2026-11-02"),
        ]
    )

    func verdicts(_ edit: (inout Ledger) -> Void) -> (incremental: [Diagnostic], full: [Diagnostic]) {
        var edited = known
        edit(&edited)
        let match = RecordMatch(old: known.projects, new: edited.projects, key: \.name)
        return (ChangeValidation.problems(of: edited, since: known, projects: match), LedgerValidator.validate(edited))
    }

    @Test(arguments: [
        "rename to another's name", "rename to another's name in capitals", "append a copy", "append a same name",
        "swap names", "rename freely", "bad size", "bad owner", "duplicate issue id", "bad meta day",
        "rename two alike",
        "delete and take its name", "nothing",
    ])
    func sameVerdictAsTheFullValidator(_ edit: String) {
        let (incremental, full) = verdicts { l in
            switch edit {
            case "rename to another's name": l.projects[2].name = "alpha"
            case "rename to another's name in capitals": l.projects[0].name = "DELTA"
            case "append a copy": l.projects.append(l.projects[1])
            case "append a same name": l.projects.append(plainProject("Gamma"))
            case "swap names":
                l.projects[0].name = "beta"
                l.projects[1].name = "alpha"
            case "rename freely": l.projects[3].name = "epsilon"
            case "bad size": l.projects[1] = dockerProject("beta") { $0.imageSizeMB = -1 }
            case "bad owner": l.projects[0].owner = "bad\u{7}"
            case "duplicate issue id": l.issues.append(Issue(id: 2, category: "c", openedAt: "2026-11-03"))
            case "bad meta day": l.meta.lastUpdated = "2026-13-01"
            case "rename two alike":
                l.projects[0].name = "same"
                l.projects[3].name = "SAME"
            case "delete and take its name":
                l.projects.remove(at: 1)
                l.projects[0].name = "Beta"
            default: break
            }
        }
        #expect(incremental.isEmpty == full.isEmpty, "\(incremental) vs \(full)")
        #expect(Set(incremental.map(\.description)) == Set(full.map(\.description)))
    }
}

/// Random edits saved one after another through one session, as the dashboard and the editing
/// commands save: after every save the file must be byte for byte what a full canonical write
/// gives and load back as the ledger saved; an edit the whole-ledger validator refuses must be
/// refused and leave the file as it was. Between edits the session sometimes reloads the file,
/// or another program writes it (the save must refuse; the session then reloads or, as after
/// the user's "overwrite", adopts that version), and merge conflicts are settled.
@Suite struct IncrementalSavePropertyTests {
    func start(_ count: Int) -> Ledger {
        var l = IncrementalSaveTests().sample(count)
        // Two fields a merge left for a person to pick, on records the edits may move.
        l.conflicts = [
            MergeConflict(
                path: LedgerPath([.key("projects"), .item(.text("svc-3")), .key("owner")]),
                base: .string("team-3"), ours: .string("team-3"), theirs: .string("theirs")),
            MergeConflict(
                path: LedgerPath([.key("issues"), .item(.number(11)), .key("notes")]),
                base: nil, ours: nil, theirs: .string("their note")),
        ]
        return l
    }

    /// One random change; some break a rule on purpose (a duplicate name, a negative size).
    func randomEdit(_ l: inout Ledger, _ rng: inout SplitMix) {
        let n = l.projects.count
        switch Int.random(in: 0..<14, using: &rng) {
        case 0 where n > 0: l.projects[Int.random(in: 0..<n, using: &rng)].owner = "o\(rng.next() % 100)"
        case 1 where n > 0:
            l.projects[Int.random(in: 0..<n, using: &rng)].docker?.imageSizeMB = Double(rng.next() % 900)
        case 2: l.projects.insert(plainProject("new-\(rng.next() % 100_000)"), at: Int.random(in: 0...n, using: &rng))
        case 3 where n > 0: l.projects.remove(at: Int.random(in: 0..<n, using: &rng))
        case 4 where n > 1: l.projects.swapAt(Int.random(in: 0..<n, using: &rng), Int.random(in: 0..<n, using: &rng))
        case 5 where n > 0: l.projects[Int.random(in: 0..<n, using: &rng)].name = "renamed-\(rng.next() % 100_000)"
        case 6 where n > 1:
            // Takes another project's name: refused.
            l.projects[0].name = l.projects[n - 1].name.uppercased()
        case 7 where n > 0:
            // A negative size: refused.
            l.projects[Int.random(in: 0..<n, using: &rng)] = dockerProject("bad-\(rng.next())") { $0.imageSizeMB = -1 }
        case 8 where !l.issues.isEmpty:
            l.issues[Int.random(in: 0..<l.issues.count, using: &rng)].notes = "note \(rng.next() % 1000)"
        case 9:
            let id = (l.issues.map(\.id).max() ?? 0) + 1
            l.issues.append(Issue(id: id, category: "Other", project: l.projects.first?.name, openedAt: "2026-11-20"))
        case 10 where !l.issues.isEmpty: l.issues.remove(at: Int.random(in: 0..<l.issues.count, using: &rng))
        case 11: l.meta.title = "Title \(rng.next() % 1000)"
        case 12 where !l.conflicts.isEmpty:
            let pick = l.conflicts[0].theirs
            LedgerEdit.settleConflict(at: 0, value: pick).apply(to: &l)
        default:
            // Several changes at once, far apart.
            if n > 2 {
                l.projects[0].owner = "first \(rng.next() % 10)"
                l.projects[n - 1].owner = "last \(rng.next() % 10)"
                l.projects.remove(at: n / 2)
            }
        }
    }

    func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
    func randomEditsWriteWhatAFullSaveWrites(seed: UInt64) throws {
        var rng = SplitMix(seed: seed)
        let path = temporaryFolder() + "/ledger.json"
        try LedgerStore.save(start(30), to: path)
        var session = LedgerSession(path: path, loaded: try LedgerStore.load(path))
        if seed % 2 == 0 { session.prepareForSaving() }
        var current = try LedgerStore.load(path).ledger
        for step in 0..<60 {
            switch Int.random(in: 0..<12, using: &rng) {
            case 0:
                current = try session.reload()
                if Bool.random(using: &rng) { session.prepareForSaving() }
            case 1:
                // Another program writes the file: the save refuses and writes nothing.
                var outside = current
                outside.meta.title = "outside \(step)"
                try LedgerStore.save(outside, to: path)
                let before = try bytes(path)
                var mine = current
                randomEdit(&mine, &rng)
                #expect(throws: LedgerError.changedOnDisk(file: path)) { try session.save(mine) }
                #expect(try bytes(path) == before)
                if Bool.random(using: &rng) {
                    current = try session.reload()
                } else {
                    // The user chose to overwrite that version with theirs.
                    session.adoptDiskVersion()
                    try session.save(current)
                    #expect(try bytes(path) == LedgerStore.encode(current), "seed \(seed) step \(step)")
                }
            default:
                var edited = current
                randomEdit(&edited, &rng)
                let before = try bytes(path)
                if LedgerValidator.validate(edited).isEmpty {
                    try session.save(edited)
                    current = edited
                    #expect(try bytes(path) == LedgerStore.encode(current), "seed \(seed) step \(step)")
                    #expect(try LedgerStore.load(path).ledger == current, "seed \(seed) step \(step)")
                } else {
                    #expect(throws: LedgerError.self) { try session.save(edited) }
                    #expect(try bytes(path) == before, "seed \(seed) step \(step)")
                }
            }
        }
    }
}

/// A save replaces `.bak` with the version it overwrote; the version `.bak` held before is freed
/// only when the session lets go of it, after the edit is on disk.
@Suite struct RetiredBackupTests {
    /// Open files of this process whose name was removed (`… (deleted)` in /proc).
    func openButRemoved(_ path: String) throws -> Int {
        let fds = try FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")
        return fds.filter { fd in
            let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/" + fd)
            return target == path + " (deleted)"
        }.count
    }

    @Test func theOldBackupIsFreedWhenTheSessionLetsGo() throws {
        let path = temporaryFolder() + "/ledger.json"
        var l = IncrementalSaveTests().sample(5)
        try LedgerStore.save(l, to: path)
        var session = LedgerSession(path: path, loaded: try LedgerStore.load(path))
        for owner in ["one", "two", "three"] {
            let before = try Data(contentsOf: URL(fileURLWithPath: path))
            l.projects[1].owner = owner
            try session.save(l)
            #expect(try Data(contentsOf: URL(fileURLWithPath: path + ".bak")) == before)
        }
        // The first save had no backup to replace; the later ones keep the one they replaced.
        #expect(try openButRemoved(path + ".bak") == 1)
        session.releaseRetired()
        #expect(try openButRemoved(path + ".bak") == 0)
    }
}
