import Foundation
import Testing

@testable import Model

@Suite struct LedgerMergeTests {
    private func doc(_ text: String) -> JSONValue { try! JSONParser.parse(text) }

    private let base = """
        {"format": "dockledger", "formatVersion": 1, "x-team": "ops",
         "targets": {"coverage.docker": 0.7},
         "projects": [{"name": "api", "owner": "a", "docker": {"nonRoot": false, "layers": 10, "x-note": "n"}},
                      {"name": "web", "owner": "w"}],
         "issues": [{"id": 1, "category": "C", "openedAt": "2026-11-01"}],
         "changelog": [{"date": "2026-11-01", "title": "start"}],
         "history": [{"date": "2026-11-01", "metrics": {"coverage.docker": 0.5}}]}
        """

    private func edited(_ change: (inout [String: JSONValue]) -> Void) -> JSONValue {
        guard case .object(var object) = doc(base) else { fatalError() }
        change(&object)
        return .object(object)
    }

    private func project(_ d: JSONValue, _ name: String) -> [String: JSONValue]? {
        guard case .object(let o) = d, case .array(let ps)? = o["projects"] else { return nil }
        for case .object(let p) in ps where p["name"] == .string(name) { return p }
        return nil
    }

    private func setProject(
        _ object: inout [String: JSONValue], _ name: String, _ change: (inout [String: JSONValue]) -> Void
    ) {
        guard case .array(var ps)? = object["projects"] else { return }
        for (i, p) in ps.enumerated() {
            guard case .object(var o) = p, o["name"] == .string(name) else { continue }
            change(&o)
            ps[i] = .object(o)
        }
        object["projects"] = .array(ps)
    }

    private func setDocker(_ p: inout [String: JSONValue], _ key: String, _ value: JSONValue) {
        guard case .object(var d)? = p["docker"] else { return }
        d[key] = value
        p["docker"] = .object(d)
    }

    @Test func editsOfDifferentProjectsAndFieldsAllSurvive() {
        let ours = edited { o in
            setProject(&o, "api") { setDocker(&$0, "nonRoot", .bool(true)) }
            o["x-ours"] = .string("kept")
        }
        let theirs = edited { o in
            setProject(&o, "api") { setDocker(&$0, "layers", .number(8)) }
            setProject(&o, "WEB".lowercased()) { $0["owner"] = .string("webteam") }
            o["targets"] = .object(["coverage.docker": .number(0.7), "ci.buildx": .number(0.9)])
        }
        let result = LedgerMerge.merge(base: doc(base), ours: ours, theirs: theirs)
        #expect(result.conflicts.isEmpty)
        let api = project(result.document, "api")
        #expect(api?["docker"] == .object(["nonRoot": .bool(true), "layers": .number(8), "x-note": .string("n")]))
        #expect(project(result.document, "web")?["owner"] == .string("webteam"))
        guard case .object(let merged) = result.document else {
            Issue.record("not an object")
            return
        }
        #expect(merged["x-team"] == .string("ops"))
        #expect(merged["x-ours"] == .string("kept"))
        #expect(merged["targets"] == .object(["coverage.docker": .number(0.7), "ci.buildx": .number(0.9)]))
        #expect(merged["conflicts"] == nil)
    }

    @Test func sameFieldChangedDifferentlyIsAConflictKeepingOurs() {
        let ours = edited { setProject(&$0, "api") { $0["owner"] = .string("ours") } }
        let theirs = edited { setProject(&$0, "api") { $0["owner"] = .string("theirs") } }
        let result = LedgerMerge.merge(base: doc(base), ours: ours, theirs: theirs)
        #expect(
            result.conflicts == [
                MergeConflict(
                    path: LedgerPath([.key("projects"), .item(.text("api")), .key("owner")]),
                    base: .string("a"), ours: .string("ours"), theirs: .string("theirs"))
            ])
        #expect(project(result.document, "api")?["owner"] == .string("ours"))
        let decoded = Ledger.decode(result.document)
        #expect(decoded.diagnostics.isEmpty)
        #expect(decoded.ledger.conflicts.map(\.path.description) == ["projects[\"api\"].owner"])
    }

    @Test func sameChangeOnBothSidesIsNoConflict() {
        let change: (inout [String: JSONValue]) -> Void = { setProject(&$0, "api") { $0["owner"] = .string("same") } }
        let result = LedgerMerge.merge(base: doc(base), ours: edited(change), theirs: edited(change))
        #expect(result.conflicts.isEmpty)
        #expect(project(result.document, "api")?["owner"] == .string("same"))
    }

    @Test func deleteVersusEditIsAConflict() {
        let ours = edited { o in
            guard case .array(let ps)? = o["projects"] else { return }
            o["projects"] = .array(
                ps.filter { if case .object(let p) = $0 { p["name"] != .string("web") } else { true } })
        }
        let theirs = edited { setProject(&$0, "web") { $0["owner"] = .string("edited") } }
        let result = LedgerMerge.merge(base: doc(base), ours: ours, theirs: theirs)
        #expect(result.conflicts.count == 1)
        #expect(result.conflicts.first?.path.description == "projects[\"web\"]")
        #expect(result.conflicts.first?.ours == nil)
        #expect(project(result.document, "web") == nil)
        // Picking theirs brings the edited project back.
        let resolved = LedgerMerge.setting(
            result.conflicts[0].theirs, at: result.conflicts[0].path, in: result.document)!
        #expect(project(resolved, "web")?["owner"] == .string("edited"))
    }

    @Test func issuesLoggedOnBothSidesAreAllKeptTheirsRenumbered() {
        let ours = edited { o in
            o["issues"] = .array([
                doc(#"{"id": 1, "category": "C", "openedAt": "2026-11-01"}"#),
                doc(#"{"id": 2, "category": "ours", "openedAt": "2026-11-02"}"#),
            ])
        }
        let theirs = edited { o in
            o["issues"] = .array([
                doc(#"{"id": 1, "category": "C", "openedAt": "2026-11-01", "solution": "s"}"#),
                doc(#"{"id": 2, "category": "theirs", "openedAt": "2026-11-03"}"#),
                doc(#"{"id": 3, "category": "theirs too", "openedAt": "2026-11-03"}"#),
            ])
        }
        let result = LedgerMerge.merge(base: doc(base), ours: ours, theirs: theirs)
        #expect(result.conflicts.isEmpty)
        let ledger = Ledger.decode(result.document).ledger
        #expect(ledger.issues.map(\.id) == [1, 2, 3, 4])
        #expect(ledger.issues.map(\.category) == ["C", "ours", "theirs too", "theirs"])
        #expect(ledger.issues[0].solution == "s")
        #expect(result.renumberedIssues.map(\.to) == [4])
        #expect(LedgerValidator.validate(ledger).isEmpty)
    }

    @Test func logEntriesAndHistoryMergeByContentAndDate() {
        let ours = edited { o in
            o["changelog"] = .array([
                doc(#"{"date": "2026-11-01", "title": "start"}"#), doc(#"{"date": "2026-11-05", "title": "ours"}"#),
            ])
            o["history"] = .array([doc(#"{"date": "2026-11-01", "metrics": {"coverage.docker": 0.5, "ci.buildx": 1}}"#)]
            )
        }
        let theirs = edited { o in
            o["changelog"] = .array([doc(#"{"date": "2026-11-06", "title": "theirs"}"#)])
            o["history"] = .array([
                doc(#"{"date": "2026-11-01", "metrics": {"coverage.docker": 0.5}}"#),
                doc(#"{"date": "2026-11-08", "metrics": {"coverage.docker": 0.6}}"#),
            ])
        }
        let result = LedgerMerge.merge(base: doc(base), ours: ours, theirs: theirs)
        #expect(result.conflicts.isEmpty)
        let ledger = Ledger.decode(result.document).ledger
        // Theirs removed "start"; both added one entry.
        #expect(ledger.changelog.map(\.title) == ["ours", "theirs"])
        #expect(ledger.history.map(\.date) == ["2026-11-01", "2026-11-08"])
        #expect(ledger.history[0].metrics["ci.buildx"] == 1)
    }

    @Test func pathsPrintAndParseBack() {
        let paths = [
            LedgerPath([.key("projects"), .item(.text("billing api")), .key("docker"), .key("nonRoot")]),
            LedgerPath([.key("targets"), .key("coverage.docker")]),
            LedgerPath([.key("issues"), .item(.number(3)), .key("solution")]),
            LedgerPath([.key("history"), .item(.text("2026-11-01")), .key("metrics"), .key("ci.buildx")]),
        ]
        #expect(
            paths.map(\.description) == [
                "projects[\"billing api\"].docker.nonRoot", "targets.\"coverage.docker\"",
                "issues[3].solution", "history[\"2026-11-01\"].metrics.\"ci.buildx\"",
            ])
        for path in paths { #expect(LedgerPath(parsing: path.description) == path) }
        #expect(LedgerPath(parsing: "projects[") == nil)
        #expect(LedgerPath(parsing: "") == nil)
    }

    @Test func aBadConflictPathIsNamed() {
        let (_, problems) = Ledger.decode(
            doc(#"{"format": "dockledger", "formatVersion": 1, "conflicts": [{"path": "a[", "ours": 1}]}"#))
        #expect(problems.map(\.description) == ["conflicts[0].path: is not a ledger path: \"a[\""])
    }

    @Test func anInvalidResultIsRefused() {
        // Each side is valid, together the issue is resolved before it was opened.
        func issue(_ change: @escaping (inout [String: JSONValue]) -> Void) -> JSONValue {
            edited { o in
                guard case .object(var i) = doc(#"{"id": 1, "category": "C", "openedAt": "2026-11-01"}"#) else {
                    return
                }
                change(&i)
                o["issues"] = .array([.object(i)])
            }
        }
        let ours = issue { $0["openedAt"] = .string("2026-11-10") }
        let theirs = issue { $0["resolvedAt"] = .string("2026-11-05") }
        #expect(throws: LedgerMerge.FileFailure.self) {
            try LedgerMerge.merge(
                base: JSONWriter.data(doc(base)), ours: JSONWriter.data(ours), theirs: JSONWriter.data(theirs),
                names: ("b", "o", "t"))
        }
    }
}
