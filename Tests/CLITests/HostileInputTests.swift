import Foundation
import Model
import Testing

/// The red-team reproducers against the command line: hostile text, bricking values, CSV
/// formula injection, number parsing, overwritten resolutions.
@Suite struct HostileInputTests {
    private func copyOfDemo() throws -> String {
        let path = CLI.temporaryFolder() + "/ledger.json"
        try FileManager.default.copyItem(atPath: CLI.demoLedger, toPath: path)
        return path
    }

    private func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    /// The demo ledger with its first project changed by `change` (as JSON, so anything goes).
    private func demo(_ change: (inout [String: JSONValue]) -> Void) throws -> String {
        let path = try copyOfDemo()
        guard case .object(var root) = try JSONParser.parse(bytes(path)),
            case .array(var projects) = root["projects"], case .object(var first) = projects[0]
        else {
            Issue.record("demo ledger has no projects")
            return path
        }
        change(&first)
        projects[0] = .object(first)
        root["projects"] = .array(projects)
        try JSONWriter.data(.object(root)).write(to: URL(fileURLWithPath: path))
        return path
    }

    static let osc = "\u{1B}]0;PWNED\u{07}\u{1B}]52;c;ZXZpbA==\u{07}\u{1B}[2J"

    @Test func messagesNeverCarryEscapeSequences() throws {
        let path = try demo { $0["createdAt"] = .string(Self.osc) }
        let result = try CLI.run(["validate", path])
        #expect(result.status == 1)
        #expect(!result.stderr.contains("\u{1B}") && !result.stderr.contains("\u{07}"))
        #expect(result.stderr.contains("^[]0;PWNED^G"))
    }

    @Test func markdownAndCSVNeverCarryRawControlCharacters() throws {
        let path = try demo { $0["choraBaseVersion"] = .string("4\u{1B}[2J\u{9B}31m") }
        for format in ["markdown", "csv", "text", "json"] {
            let result = try CLI.run(["report", path, "--format", format])
            #expect(result.status == 0)
            #expect(!result.stdout.contains("\u{1B}") && !result.stdout.contains("\u{9B}"), "\(format)")
        }
    }

    @Test func csvCellsCannotStartAFormula() throws {
        let path = try demo {
            $0["owner"] = .string("=HYPERLINK(\"http://x\",\"y\")")
            $0["choraBaseVersion"] = .string("@SUM(A1)")
        }
        let csv = try CLI.run(["report", path, "--format", "csv"]).stdout
        #expect(csv.contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\","))
        #expect(csv.contains(",'@SUM(A1),"))
        #expect(CSVWriter.field("-3") == "-3" && CSVWriter.field("-0.5") == "-0.5" && CSVWriter.field("-") == "-")
        #expect(
            CSVWriter.field("+1 555") == "'+1 555" && CSVWriter.field("-cmd") == "'-cmd"
                && CSVWriter.field("\tx") == "'\tx")
    }

    @Test func namesOwnersAndCategoriesRefuseControlAndBidiCharacters() throws {
        let path = try copyOfDemo()
        let before = try bytes(path)
        for name in [
            "evil\nname", "\r", "a\u{1B}]0;x\u{07}", "a\u{9B}b", "a\u{202E}b",
            "a" + String(repeating: "\u{301}", count: 5000),
        ] {
            let result = try CLI.run(["project", "add", name, "--ledger", path])
            #expect(result.status != 0, "accepted \(name.unicodeScalars.count) scalars")
        }
        #expect(try CLI.run(["project", "set", "chora-compose", "--owner", "x\u{1B}y", "--ledger", path]).status != 0)
        #expect(try CLI.run(["issue", "log", "--category", "a\u{2066}b", "--ledger", path]).status != 0)
        #expect(try bytes(path) == before)
    }

    @Test func nothingTheCLISavesIsRefusedOnTheNextLoad() throws {
        let path = try copyOfDemo()
        let before = try bytes(path)
        for (option, value) in [
            ("--layers", "1000000000000000"), ("--layers", "9223372036854775807"),
            ("--vulns-critical", "1000000000000000"), ("--image-size-mb", "1e300"),
        ] {
            let result = try CLI.run(["project", "set", "chora-compose", option, value, "--ledger", path])
            #expect(result.status != 0, "\(option) \(value) was accepted")
        }
        #expect(try bytes(path) == before)
        #expect(try CLI.run(["validate", path]).status == 0)
    }

    @Test func numberParsingEdgeCases() throws {
        let path = try copyOfDemo()
        let before = try bytes(path)
        let refused: [[String]] = [
            ["--image-size-mb", "0x10"], ["--image-size-mb", "inf"], ["--image-size-mb", "nan"],
            ["--cache-hit-rate", "%"],
            ["--platforms", ","], ["--created-at", "0000-01-01"], ["--created-at", "9999-12-31"],
            ["--docker", "no", "--layers", "3"],
        ]
        for options in refused {
            let result = try CLI.run(["project", "set", "chora-compose", "--ledger", path] + options)
            #expect(result.status != 0, "accepted \(options)")
        }
        #expect(try bytes(path) == before)
    }

    @Test func resolvingAResolvedIssueNeedsForce() throws {
        let path = try copyOfDemo()
        let resolved = try LedgerStore.load(path).ledger.issues.first { !$0.isOpen }!
        let again = try CLI.run([
            "issue", "resolve", String(resolved.id), "--solution", "other", "--failed", "--ledger", path,
        ])
        #expect(again.status != 0)
        #expect(
            again.stderr.contains("was already resolved at \(resolved.resolvedAt!)") && again.stderr.contains("--force")
        )
        #expect(try LedgerStore.load(path).ledger.issues.first { $0.id == resolved.id } == resolved)
        let forced = try CLI.run([
            "issue", "resolve", String(resolved.id), "--solution", "other", "--failed", "--force", "--ledger", path,
        ])
        #expect(forced.status == 0)
        #expect(try LedgerStore.load(path).ledger.issues.first { $0.id == resolved.id }?.solution == "other")
        #expect(
            try CLI.run(["issue", "resolve", "1", "--solution", " ", "--failed", "--force", "--ledger", path]).status
                != 0)
    }

    @Test func validateRefusesToVouchForANewerFormat() throws {
        let path = CLI.temporaryFolder() + "/ledger.json"
        try #"{"format": "dockledger", "formatVersion": 2}"#.write(toFile: path, atomically: true, encoding: .utf8)
        let result = try CLI.run(["validate", path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("formatVersion 2 is newer than this dockledger knows (1)"))
    }

    @Test func aDirectoryOrANonObjectRootIsNamed() throws {
        let folder = CLI.temporaryFolder()
        #expect(try CLI.run(["validate", folder]).stderr.contains("is a directory"))
        try "[]".write(toFile: folder + "/r.json", atomically: true, encoding: .utf8)
        #expect(
            try CLI.run(["validate", folder + "/r.json"]).stderr.contains(
                "$: the ledger must be a JSON object, got an array"))
    }
}
