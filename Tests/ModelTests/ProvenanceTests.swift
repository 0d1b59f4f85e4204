import Foundation
import Testing

@testable import Model

@Suite struct ProvenanceTests {
    private func ledger(_ project: String) -> String {
        """
        {"format": "dockledger", "formatVersion": 1, "meta": {"title": "t"}, "projects": [\(project)]}
        """
    }

    @Test func sourcesAndRepositoryRoundTripWithUnknownKeysKept() throws {
        let text = ledger(
            """
            {"name": "api", "repository": "/src/api", "docker": {"lint": {"error": 1, "warning": 2, "info": 0, "style": 0, "scannedAt": "2026-11-27", "tool": "hadolint 2.12"}},
             "sources": {"docker.nonRoot": {"from": "scan", "file": "Dockerfile:14", "at": "2026-11-27", "commit": "abc123"},
                         "docker.lint": {"from": "hadolint", "at": "2026-11-27"}}}
            """)
        let l = try LedgerStore.decode(Data(text.utf8), file: "l.json")
        let api = try #require(l.project(named: "api"))
        #expect(api.repository == "/src/api")
        #expect(api.sources["docker.nonRoot"]?.file == "Dockerfile:14")
        #expect(api.docker?.lint?.warning == 2)
        let again = try LedgerStore.decode(LedgerStore.encode(l), file: "again.json")
        #expect(again == l)
        let written = String(decoding: LedgerStore.encode(l), as: UTF8.self)
        #expect(written.contains("\"commit\" : \"abc123\"") || written.contains("\"commit\": \"abc123\""))
        #expect(written.contains("hadolint 2.12"))
    }

    @Test func badSourcesAreErrorsNamingThePath() {
        let text = ledger(
            """
            {"name": "api", "sources": {"docker.nonRoot": {"from": "guess", "at": "yesterday"}, "docker.layers": {"file": "x"}},
             "docker": {"lint": {"error": -1}}}
            """)
        #expect(throws: LedgerError.self) { try LedgerStore.decode(Data(text.utf8), file: "l.json") }
        do {
            _ = try LedgerStore.decode(Data(text.utf8), file: "l.json")
        } catch {
            let message = error.description
            #expect(message.contains("projects[0].sources.docker.nonRoot.from: must be one of"))
            #expect(
                message.contains("projects[0].sources.docker.nonRoot.at: must be a date YYYY-MM-DD, got \"yesterday\""))
            #expect(message.contains("projects[0].sources.docker.layers.from: is required"))
            #expect(message.contains("projects[0].docker.lint.error: must be >= 0, got -1"))
        }
    }

    @Test func applyingKeepsManualValuesAndFillsUnknownOnes() {
        var p = Project(name: "api")
        p.docker = DockerSetup()
        p.docker?.nonRoot = true
        p.sources["docker.nonRoot"] = FactSource(from: .manual, at: "2026-11-01")
        p.docker?.baseImage = "typed:1" // no source: typed before sources existed
        let facts = [
            Fact(.nonRoot, .flag(false), at: SourceLocation("Dockerfile", line: 14)),
            Fact(.baseImage, .text("alpine:3.20"), at: SourceLocation("Dockerfile", line: 1)),
            Fact(.multiStage, .flag(true), at: SourceLocation("Dockerfile", line: 5)),
        ]
        var kept = p
        let outcome = FactApplier.apply(facts, to: &kept, origin: .scan, day: "2026-11-27", overwriteManual: false)
        #expect(kept.docker?.nonRoot == true)
        #expect(kept.docker?.baseImage == "typed:1")
        #expect(kept.docker?.multiStage == true)
        #expect(
            outcome.kept.map(\.description) == [
                "kept manual nonRoot=true; Dockerfile:14 says false",
                "kept manual baseImage=typed:1; Dockerfile:1 says alpine:3.20",
            ])
        #expect(outcome.changes.map(\.field) == [.multiStage])
        var forced = p
        let all = FactApplier.apply(facts, to: &forced, origin: .scan, day: "2026-11-27", overwriteManual: true)
        #expect(all.changes.count == 3)
        #expect(forced.docker?.nonRoot == false)
        #expect(forced.sources["docker.nonRoot"] == FactSource(from: .scan, file: "Dockerfile:14", at: "2026-11-27"))
        // A scan does not create the Docker group; an import does.
        var plain = Project(name: "plain")
        _ = FactApplier.apply(
            [Fact(.nonRoot, .flag(true), at: nil)], to: &plain, origin: .scan, day: "2026-11-27", overwriteManual: false
        )
        #expect(plain.docker == nil)
        _ = FactApplier.apply(
            [Fact(.layers, .count(7), at: nil)], to: &plain, origin: .inspect, day: "2026-11-27", overwriteManual: false
        )
        #expect(plain.docker?.layers == 7)
    }

    @Test func editsMarkFieldsManualAndClearingDropsTheSource() {
        var original = Project(name: "api")
        original.docker = DockerSetup()
        original.docker?.layers = 4
        original.sources["docker.layers"] = FactSource(from: .inspect, at: "2026-11-01")
        var edited = original
        edited.docker?.nonRoot = true
        edited.docker?.layers = nil
        ProjectDraft.markManual(project: &edited, editedFrom: original, day: "2026-11-27")
        #expect(edited.sources["docker.nonRoot"] == FactSource(from: .manual, at: "2026-11-27"))
        #expect(edited.sources["docker.layers"] == nil)
    }
}
