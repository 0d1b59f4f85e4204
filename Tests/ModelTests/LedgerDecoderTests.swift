import Foundation
import Testing

@testable import Model

/// The one-pass load (`LedgerDecoder`) reads what the strict load reads, to the byte, and gives
/// up on everything the strict load refuses, which then names the problem as before.
@Suite struct LedgerDecoderTests {
    static func agree(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(LedgerPromises.loadsDisagree(on: Array(text.utf8)) == nil, sourceLocation: sourceLocation)
    }

    static func readsInOnePass(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Ledger? {
        agree(text, sourceLocation: sourceLocation)
        let ledger = LedgerDecoder.decode(Array(text.utf8))?.ledger
        #expect(ledger != nil, "the one-pass load gave up on a valid ledger", sourceLocation: sourceLocation)
        return ledger
    }

    @Test func theDemoLedgerAndEverySeedReadTheSameBothWays() throws {
        let demo = try [UInt8](Data(contentsOf: URL(fileURLWithPath: demoLedgerPath)))
        #expect(LedgerDecoder.decode(demo) != nil)
        #expect(LedgerPromises.loadsDisagree(on: demo) == nil)
        for (name, bytes) in try LoaderFuzzTests.corpus() {
            #expect(LedgerPromises.loadsDisagree(on: bytes) == nil, "\(name)")
        }
    }

    /// Every field of every kind of object the decoder reads itself, and an unknown key beside
    /// them: a field the decoder forgot would land in `unknownKeys` and the ledgers differ.
    @Test func aProjectAndAnIssueWithEveryFieldReadTheSameBothWays() throws {
        var project = try ProjectFieldCoverageTests.fullProject()
        project.name = "full"
        project.repository = "repos/full"
        project.docker?.lint = LintCounts(error: 1, warning: 2, info: 3, style: 4, scannedAt: "2026-01-02")
        project.docker?.lint?.unknownKeys = ["x-lint": .number(JSONNumber(text: "1.0", value: 1))]
        project.docker?.vulnerabilities?.unknownKeys = ["x-scan": .string("s")]
        project.docker?.registry?.unknownKeys = ["x-registry": .bool(true)]
        project.docker?.unknownKeys = ["x-docker": .array([.null, .object(["a": .string("b")])])]
        project.ci?.unknownKeys = ["x-ci": .null]
        var source = FactSource(from: .scan, file: "Dockerfile:3", at: "2026-01-02")
        source.unknownKeys = ["x-source": .string("t")]
        project.sources = ["docker.multiStage": source, "ci.buildx": FactSource(from: .manual)]
        project.unknownKeys = [
            "x-project": .number(JSONNumber(text: "12345678901234567891", value: 1.2345678901234567e19))
        ]
        // Every field of the issue table: a field added there but not read by the one-pass load
        // would land in its unknown keys, and the two loads differ.
        var issue = IssueFieldCoverageTests.issueWithEveryField()
        #expect(IssueField.all.allSatisfy { !$0.text(of: issue).isEmpty })
        issue.unknownKeys = ["x-issue": .string("u")]
        var full = ledger([project], issues: [issue])
        full.unknownKeys = ["x-ledger": .number(JSONNumber(text: "1e2", value: 100))]
        let text = String(decoding: LedgerStore.encode(full), as: UTF8.self)
        let read = Self.readsInOnePass(text)
        #expect(read == full)
        #expect(read.map { LedgerStore.encode($0) } == LedgerStore.encode(full))
    }

    @Test func unusualButValidSpellingsReadTheSameBothWays() {
        let head = #"{"format": "dockledger", "formatVersion": 1, "#
        for projects in [
            #"[{"n\u0061me": "escaped-key"}]"#, // an escaped known key is that key
            #"[{"name": "a", "caf\u00e9": 1, "café2": 2}]"#, // non-ASCII unknown keys
            #"[{"name": "a", "owner": null, "docker": null, "ci": null, "sources": null}]"#,
            #"[{"name": "a", "docker": {"layers": 3.0, "platforms": [], "registry": {"name": "r"}}}]"#,
            #"[{"name": "a", "docker": {"imageSizeMB": 1e2, "cacheHitRate": 0.50, "platforms": null}}]"#,
            #"[ ]"#, "null",
        ] {
            _ = Self.readsInOnePass(head + #""projects": "# + projects + "}")
        }
        _ = Self.readsInOnePass("\u{FEFF}" + head + #""issues": null}"#)
        _ = Self.readsInOnePass(head + #""projects": [{"name": "a"}], "x": {"y": [1, 2.50, "z"]}}"#)
    }

    @Test func whatTheStrictLoadRefusesTheOnePassLoadGivesUpOn() throws {
        let head = #"{"formatVersion": 1, "projects": "#
        for projects in [
            #"[{"name": "a", "name": "b"}]"#, // duplicate known key
            #"[{"name": "a", "x": 1, "x": 2}]"#, // duplicate unknown key
            #"[{"name": "a", "n\u0061me": "b"}]"#, // duplicate through an escape
            #"[{"name": "a"}, {"name": "A"}]"#, // duplicate name
            #"[{"name": " a"}]"#, #"[{"name": "\u3000"}]"#, #"[{"owner": "o"}]"#, #"[{"name": 1}]"#,
            #"[{"name": "a", "docker": {"layers": 2.5}}]"#, #"[{"name": "a", "docker": {"layers": -1}}]"#,
            #"[{"name": "a", "docker": {"imageSizeMB": "big"}}]"#, #"[{"name": "a", "docker": {"registry": {}}}]"#,
            #"[{"name": "a", "status": "gone"}]"#, #"[{"name": "a", "createdAt": "2026-02-30"}]"#,
            #"[{"name": "a", "sources": {"x": {"file": "f"}}}]"#, #"[{"name": "a"},]"#, #"[1]"#, #"{}"#,
        ] {
            let text = head + projects + "}"
            Self.agree(text)
            #expect(LedgerDecoder.decode(Array(text.utf8)) == nil, "\(projects)")
            #expect(throws: LedgerError.self) { try LedgerStore.decode(Data(text.utf8), file: "f") }
        }
        // The strict load still explains, with the path.
        do {
            _ = try LedgerStore.decode(Data((head + #"[{"name": "a", "docker": {"layers": 2.5}}]}"#).utf8), file: "f")
        } catch {
            #expect(error.description == "f: 1 problem:\n  projects[0].docker.layers: must be a whole number, got 2.5")
        }
    }

    @Test func projectRangesAreEachProjectsObject() throws {
        let text = #"{"formatVersion": 1, "projects": [ {"name": "a"} ,{"name": "b", "docker": {"layers": 2}}]}"#
        let bytes = Array(text.utf8)
        let decoded = try #require(LedgerDecoder.decode(bytes))
        #expect(
            decoded.projectRanges.map { String(decoding: bytes[$0], as: UTF8.self) } == [
                #"{"name": "a"}"#, #"{"name": "b", "docker": {"layers": 2}}"#,
            ])
    }

    /// The validator's own whitespace test trims what Foundation's `.whitespaces` trims.
    @Test func whitespaceIsWhatFoundationTrims() {
        for value in UInt32(0)..<0x1_0000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let foundation = String(scalar).trimmingCharacters(in: .whitespaces).isEmpty
            #expect(LedgerValidator.isWhitespace(scalar) == foundation, "U+\(String(value, radix: 16))")
        }
    }

    /// The byte scan for ASCII platforms decides as splitting into parts does.
    @Test func platformsAreOsSlashArchWithAnOptionalVariant() {
        let valid = ["linux/amd64", "linux/arm64/v8", "windows/amd64", "a/b"]
        let invalid = ["", "linux", "linux/", "/amd64", "linux//v8", "a/b/c/d", "linux/amd 64", " linux/amd64", "/"]
        for text in valid { #expect(LedgerValidator.isPlatform(text), "\(text)") }
        for text in invalid { #expect(!LedgerValidator.isPlatform(text), "\(text)") }
        #expect(LedgerValidator.isPlatform("linux/ärm"))
        #expect(!LedgerValidator.isPlatform("lïnux/a m"))
    }
}
