import Foundation
import Testing

@testable import Model

@Suite struct LedgerDecodingTests {
    private func decode(_ text: String) throws -> (Ledger, [Diagnostic]) {
        let (ledger, problems) = Ledger.decode(try JSONParser.parse(text))
        return (ledger, problems + LedgerValidator.validate(ledger))
    }

    @Test func aMinimalLedgerWrittenByHandLoads() throws {
        let (ledger, problems) = try decode(
            #"{"formatVersion": 1, "projects": [{"name": "api", "docker": {"imageSizeMB": 120}}]}"#)
        #expect(problems.isEmpty)
        #expect(ledger.projects.count == 1)
        #expect(ledger.projects[0].docker?.imageSizeMB == 120)
        #expect(ledger.projects[0].docker?.multiStage == nil)
        #expect(ledger.projects[0].isActive)
        #expect(ledger.assumptions == Assumptions())
        #expect(ledger.meta.sapId == "SAP-011")
    }

    @Test func explicitNullMeansUnknown() throws {
        let (ledger, problems) = try decode(
            #"{"formatVersion": 1, "projects": [{"name": "a", "docker": null}, {"name": "b", "docker": {"layers": null}}]}"#
        )
        #expect(problems.isEmpty)
        #expect(ledger.projects[0].docker == nil)
        #expect(ledger.projects[1].docker?.layers == nil)
    }

    @Test func unknownKeysSurviveASave() throws {
        let text = #"""
            {"formatVersion": 1, "x-team": {"slack": "#docker"},
             "meta": {"organisation": "Northwind"},
             "projects": [{"name": "a", "tier": 1, "docker": {"sbom": true, "registry": {"name": "ghcr.io", "org": "nw"}}, "ci": {"runner": "arc"}}],
             "issues": [{"id": 1, "category": "x", "openedAt": "2026-01-01", "ticket": "OPS-1"}],
             "maintenance": {"templateUpdates": [{"date": "2026-01-01", "by": "ana"}], "note": "n"}}
            """#
        let (ledger, problems) = try decode(text)
        #expect(problems.isEmpty)
        let saved = try JSONParser.parse(LedgerStore.encode(ledger))
        guard case .object(let root) = saved, case .object(let meta)? = root["meta"],
            case .array(let projects)? = root["projects"], case .object(let project) = projects[0],
            case .object(let docker)? = project["docker"], case .object(let registry)? = docker["registry"],
            case .object(let ci)? = project["ci"], case .array(let issues)? = root["issues"],
            case .object(let issue) = issues[0],
            case .object(let maintenance)? = root["maintenance"],
            case .array(let updates)? = maintenance["templateUpdates"],
            case .object(let update) = updates[0]
        else {
            Issue.record("unexpected shape: \(saved)")
            return
        }
        #expect(root["x-team"] == .object(["slack": .string("#docker")]))
        #expect(meta["organisation"] == .string("Northwind"))
        #expect(project["tier"] == .number(1))
        #expect(docker["sbom"] == .bool(true))
        #expect(registry["org"] == .string("nw"))
        #expect(ci["runner"] == .string("arc"))
        #expect(issue["ticket"] == .string("OPS-1"))
        #expect(maintenance["note"] == .string("n"))
        #expect(update["by"] == .string("ana"))
    }

    @Test func typeErrorsAreAllReportedWithTheirPaths() throws {
        let text = #"""
            {"formatVersion": "1", "targets": {"coverage.docker": "high"},
             "projects": [{"name": "a", "status": "retired", "docker": {"dockerfileType": "prod", "multiStage": "yes", "layers": 2.5, "platforms": ["linux/amd64", 3]}},
                          {"owner": "x"}, 7],
             "issues": [{"category": "c"}]}
            """#
        let (_, problems) = try decode(text)
        let messages = problems.map(\.description)
        #expect(messages.contains("formatVersion: must be a number, got a string"))
        #expect(messages.contains("targets.coverage.docker: must be a number, got a string"))
        #expect(messages.contains(#"projects[0].status: must be one of "active", "archived", got "retired""#))
        #expect(
            messages.contains(
                #"projects[0].docker.dockerfileType: must be one of "production", "test", "both", got "prod""#))
        #expect(messages.contains("projects[0].docker.multiStage: must be true or false, got a string"))
        #expect(messages.contains("projects[0].docker.layers: must be a whole number, got 2.5"))
        #expect(messages.contains("projects[0].docker.platforms[1]: must be a string, got a number"))
        #expect(messages.contains("projects[1].name: is required"))
        #expect(messages.contains("projects[2]: must be an object, got a number"))
        #expect(messages.contains("issues[0].id: is required"))
        #expect(messages.contains("issues[0].openedAt: is required"))
    }

    @Test func aDocumentThatIsNotAnObjectIsRefused() throws {
        let (_, problems) = try decode("[1, 2]")
        #expect(problems.map(\.description) == ["$: the ledger must be a JSON object, got an array"])
    }

    @Test func assumptionsKeepSeedValuesForWhatIsLeftOut() throws {
        let (ledger, problems) = try decode(
            #"{"formatVersion": 1, "assumptions": {"hourlyRateUSD": 80, "timeSavings": {"setupHours": {"with": 0.5}}, "levels": [{"level": 2, "claimedROI": "3x"}]}}"#
        )
        #expect(problems.isEmpty)
        #expect(ledger.assumptions.hourlyRateUSD == 80)
        #expect(ledger.assumptions.setupHours == Assumptions.Pair(without: 3, with: 0.5))
        #expect(ledger.assumptions.debuggingHours == Assumptions().debuggingHours)
        #expect(ledger.assumptions.economics(forLevel: 2)?.claimedROI == "3x")
        #expect(ledger.assumptions.economics(forLevel: 2)?.setupHours == 2)
        #expect(ledger.assumptions.levels.count == 4)
    }
}
