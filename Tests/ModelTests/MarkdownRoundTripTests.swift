import Testing

@testable import Model

@Suite("Markdown round trip")
struct MarkdownRoundTripTests {
    /// The inventory columns of the document; nil and "active" status mean the same.
    struct InventoryFields: Equatable {
        let name: String
        let choraBaseVersion: String?
        let archived: Bool
        let hasDocker: Bool
        let dockerfileType: DockerfileType?
        let imageSizeMB: Double?
        let buildTimeUncachedS: Double?
        let buildTimeCachedS: Double?
        let platforms: [String]?

        init(_ p: Project) {
            name = p.name
            choraBaseVersion = p.choraBaseVersion
            archived = !p.isActive
            hasDocker = p.docker != nil
            dockerfileType = p.docker?.dockerfileType
            imageSizeMB = p.docker?.imageSizeMB
            buildTimeUncachedS = p.docker?.buildTimeUncachedS
            buildTimeCachedS = p.docker?.buildTimeCachedS
            platforms = p.docker?.platforms
        }
    }

    @Test("the demo ledger exported to Markdown imports back with the same inventory, issues and logs")
    func demoLedger() throws {
        let original = try MarkdownTestFiles.demoLedger()
        let markdown = MarkdownReport.render(original, MetricEngine.report(original, asOf: MarkdownTestFiles.asOf))
        let result = try MarkdownImporter.run(markdown)
        let back = result.ledger
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(LedgerValidator.validate(back).isEmpty)

        // Docker projects are listed before the others; each keeps its fields.
        let before = Dictionary(uniqueKeysWithValues: original.projects.map { ($0.name, InventoryFields($0)) })
        let after = Dictionary(uniqueKeysWithValues: back.projects.map { ($0.name, InventoryFields($0)) })
        #expect(after == before)
        // The team travels with the document.
        let ownersBefore: [String: String] = Dictionary(
            uniqueKeysWithValues: original.projects.map { ($0.name, $0.owner ?? "") })
        let ownersAfter: [String: String] = Dictionary(
            uniqueKeysWithValues: back.projects.map { ($0.name, $0.owner ?? "") })
        #expect(ownersAfter == ownersBefore)
        #expect(back.issues == original.issues)
        #expect(back.maintenance == original.maintenance)
        #expect(back.versionHistory == original.versionHistory)
        #expect(back.changelog == original.changelog)
        #expect(back.meta.sapId == original.meta.sapId)
        #expect(back.meta.ledgerVersion == original.meta.ledgerVersion)
        #expect(back.meta.status == original.meta.status)
        #expect(back.meta.lastUpdated == original.meta.lastUpdated)
        #expect(back.meta.adoptionStart == original.meta.adoptionStart)
        // Every stated target reads back as the effective one.
        for definition in MetricCatalog.all where definition.id != .maintenanceBaseImageAgeDays {
            #expect(
                MetricEngine.target(definition.id, in: back) == MetricEngine.target(definition.id, in: original),
                "\(definition.id)")
        }
    }

    @Test("text with pipes, backslashes and line breaks survives table cells")
    func awkwardText() throws {
        var ledger = Ledger.new(today: "2026-11-26")
        var d = DockerSetup()
        d.platforms = []
        ledger.projects = [Project(name: "a|b \\ c", choraBaseVersion: "x|y", docker: d)]
        ledger.issues = [
            Issue(
                id: 4, category: "Odd | category", project: "a|b \\ c", openedAt: "2026-11-01",
                resolvedAt: "2026-11-02T08:30:00+02:00", solution: "", successful: false,
                notes: "line one\nline two \\| not an escape <b>")
        ]
        ledger.maintenance.templateUpdates = [TemplateUpdate(date: "", version: "2.0", change: "a\\b")]
        ledger.versionHistory = [VersionEntry(version: "1.0.0", date: "2026-11-26")]
        let markdown = MarkdownReport.render(ledger, MetricEngine.report(ledger, asOf: MarkdownTestFiles.asOf))
        let back = try MarkdownImporter.run(markdown)
        #expect(back.problems.isEmpty, "\(back.problems)")
        #expect(back.ledger.projects.map(InventoryFields.init) == ledger.projects.map(InventoryFields.init))
        #expect(back.ledger.issues == ledger.issues)
        #expect(back.ledger.maintenance == ledger.maintenance)
        #expect(back.ledger.versionHistory == ledger.versionHistory)
        #expect(back.ledger.changelog == ledger.changelog)
    }
}
