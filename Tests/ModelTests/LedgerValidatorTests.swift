import Testing

@testable import Model

@Suite struct LedgerValidatorTests {
    private func problems(_ l: Ledger) -> [String] { LedgerValidator.validate(l).map(\.description) }

    @Test func theDemoLedgerIsValid() throws {
        let loaded = try LedgerStore.load(demoLedgerPath)
        #expect(LedgerValidator.validate(loaded.ledger).isEmpty)
    }

    @Test func duplicateNamesAreCaseInsensitive() {
        let l = ledger([plainProject("API"), plainProject("web"), plainProject("api")])
        #expect(problems(l) == [#"projects[2].name: duplicate name "api" (also projects[0])"#])
    }

    @Test func namesMustBePresentShortAndTrimmed() {
        let l = ledger([plainProject(""), plainProject(String(repeating: "n", count: 101)), plainProject(" padded")])
        #expect(
            problems(l) == [
                "projects[0].name: must not be empty",
                "projects[1].name: must be at most 100 characters, got 101",
                "projects[2].name: must not start or end with spaces",
            ])
    }

    @Test func measurementsMustBeInRange() {
        let p = dockerProject("a") { d in
            d.imageSizeMB = -5
            d.buildTimeCachedS = -1
            d.layers = -2
            d.cacheHitRate = 1.2
            d.platforms = ["linux/amd64", "amd64"]
            d.vulnerabilities = VulnerabilityScan(critical: -1, scannedAt: "last week")
            d.registry = RegistryUsage(name: " ", imagesPushed: -3, totalSizeMB: -1)
        }
        #expect(
            problems(ledger([p])) == [
                "projects[0].docker.imageSizeMB: must be >= 0, got -5",
                "projects[0].docker.layers: must be >= 0, got -2",
                "projects[0].docker.buildTimeCachedS: must be >= 0, got -1",
                "projects[0].docker.cacheHitRate: is a rate and must be between 0 and 1, got 1.2",
                #"projects[0].docker.platforms[1]: must look like os/arch (e.g. linux/amd64), got "amd64""#,
                "projects[0].docker.vulnerabilities.critical: must be >= 0, got -1",
                #"projects[0].docker.vulnerabilities.scannedAt: must be a date YYYY-MM-DD, got "last week""#,
                "projects[0].docker.registry.name: must not be empty",
                "projects[0].docker.registry.imagesPushed: must be >= 0, got -3",
                "projects[0].docker.registry.totalSizeMB: must be >= 0, got -1",
            ])
    }

    @Test func datesMustBeISO8601() {
        var l = ledger([plainProject("a", created: "02/11/2025")], adoptionStart: "2025-13-01")
        l.maintenance.baseImageUpdates = [BaseImageUpdate(date: "Q3")]
        l.versionHistory = [VersionEntry(version: "1", date: "")]
        #expect(
            problems(l) == [
                #"meta.adoptionStart: must be a date YYYY-MM-DD, got "2025-13-01""#,
                #"projects[0].createdAt: must be a date YYYY-MM-DD, got "02/11/2025""#,
                #"maintenance.baseImageUpdates[0].date: must be a date YYYY-MM-DD, got "Q3""#,
            ])
    }

    @Test func issuesNeedValidTimesInOrderAndUniqueIDs() {
        let issues = [
            Model.Issue(
                id: 1, category: "CI cache misses", openedAt: "2026-11-02T10:00:00Z", resolvedAt: "2026-11-01T09:00:00Z"
            ),
            Model.Issue(id: 1, category: " ", openedAt: "soon"),
            Model.Issue(id: 0, category: "x", openedAt: "2026-11-02", successful: true),
        ]
        #expect(
            problems(ledger([], issues: issues)) == [
                #"issues[0].resolvedAt: must not be before openedAt (2026-11-02T10:00:00Z), got "2026-11-01T09:00:00Z""#,
                "issues[1].category: must not be empty",
                #"issues[1].openedAt: must be an ISO 8601 date or time (e.g. 2026-11-02T10:00:00Z), got "soon""#,
                "issues[1].id: duplicate issue id 1",
                "issues[2].id: must be 1 or more, got 0",
                "issues[2].successful: is only meaningful once the issue is resolved (set resolvedAt)",
            ])
    }

    @Test func targetsMustNameCatalogMetricsWithSensibleValues() {
        let l = ledger(
            [],
            targets: [
                "coverage.docker": 1.5, "quality.imageSizeMB": -1, "coverage.kubernetes": 0.5, "quality.layers": 40,
            ])
        #expect(
            problems(l) == [
                #"targets.coverage.docker: is a share and must be between 0 and 1, got 1.5"#,
                #"targets.coverage.kubernetes: unknown metric id "coverage.kubernetes""#,
                "targets.quality.imageSizeMB: must be >= 0, got -1",
            ])
    }
}

@Suite struct NoTrapTests {
    @Test func aSparklineOfValuesFarApartDoesNotTrap() {
        let line = Sparkline.render([-1.7e308, 1.7e308, 0])
        #expect(line.count == 3)
    }
}
