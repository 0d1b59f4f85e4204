import Testing
@testable import Model

@Suite struct MetricEngineTests {
    @Test func everyCatalogMetricIsReportedInCatalogOrder() {
        let r = report(ledger([]))
        #expect(r.metrics.map(\.id) == MetricCatalog.all.map(\.id))
        #expect(r.metrics.allSatisfy { $0.status == .noData && $0.value == nil })
    }

    @Test func dockerCoverageCountsNewActiveProjectsOnly() {
        let l = ledger([
            dockerProject("new-docker", created: "2025-11-01"),
            plainProject("new-plain", created: "2025-12-01"),
            plainProject("undated"),                       // unknown createdAt: counted as new
            dockerProject("old-docker", created: "2024-01-01"),
            dockerProject("archived", created: "2025-11-01", status: .archived),
            plainProject("on-the-day", created: "2025-10-28"),
        ], adoptionStart: "2025-10-28")
        let m = report(l).metric("coverage.docker")
        #expect(m.numerator == 1)
        #expect(m.denominator == 4)
        #expect(m.value == 0.25)
        #expect(m.status == .behind)
    }

    @Test func withoutAdoptionStartEveryProjectIsNew() {
        let m = report(ledger([dockerProject("a", created: "2020-01-01"), plainProject("b")])).metric("coverage.docker")
        #expect(m.numerator == 1 && m.denominator == 2)
    }

    @Test func booleanSharesCountOnlyKnownValues() {
        let l = ledger([
            dockerProject("a") { $0.multiStage = true; $0.nonRoot = true; $0.minimalBase = true; $0.secretsFree = true },
            dockerProject("b") { $0.multiStage = false; $0.nonRoot = false; $0.minimalBase = true },
            dockerProject("c"),
            dockerProject("d", status: .archived) { $0.multiStage = false },
            plainProject("e"),
        ])
        let r = report(l)
        #expect(r.metric("coverage.multiStage").numerator == 1)
        #expect(r.metric("coverage.multiStage").denominator == 2)
        #expect(r.metric("coverage.multiStage").value == 0.5)
        #expect(r.metric("coverage.multiStage").status == .behind)
        #expect(r.metric("coverage.nonRoot").value == 0.5)
        #expect(r.metric("security.nonRoot").value == 0.5)
        #expect(r.metric("security.minimalBase").value == 1)
        #expect(r.metric("security.minimalBase").status == .met)
        #expect(r.metric("security.secretsFree").denominator == 1)
    }

    @Test func allUnknownMeansNoDataNotZero() {
        let r = report(ledger([dockerProject("a"), dockerProject("b")]))
        for id in ["coverage.multiStage", "coverage.imageSize", "quality.imageSizeMB", "perf.buildCachedS", "cache.hitRate",
                   "vulns.critical", "arch.amd64", "ci.cachedUnder30", "coverage.ciCache", "ci.buildx"] {
            #expect(r.metric(id).value == nil, "\(id)")
            #expect(r.metric(id).status == .noData, "\(id)")
        }
        // Never scanned is a known fact: those projects are not passing.
        #expect(r.metric("security.scansPassing").value == 0)
    }

    @Test func imageSizeShareAndAverages() {
        let l = ledger([
            dockerProject("a") { $0.imageSizeMB = 100; $0.buildContextMB = 2; $0.layers = 10 },
            dockerProject("b") { $0.imageSizeMB = 250 },
            dockerProject("c") { $0.imageSizeMB = 400; $0.layers = 20 },
            dockerProject("d"),
        ])
        let r = report(l)
        #expect(r.metric("coverage.imageSize").numerator == 2)
        #expect(r.metric("coverage.imageSize").denominator == 3)
        let size = r.metric("quality.imageSizeMB")
        #expect(size.value == 250)
        #expect(size.minimum == 100 && size.maximum == 400 && size.sampleCount == 3)
        #expect(size.status == .met)
        #expect(r.metric("quality.buildContextMB").value == 2)
        #expect(r.metric("quality.layers").value == 15)
    }

    @Test func ciSharesUseCIProjectsWithKnownFlags() {
        let l = ledger([
            dockerProject("a", ci: CISetup(enabled: true, buildx: true, ghaCache: true, coverageExtraction: true, multiArch: true)),
            dockerProject("b", ci: CISetup(enabled: true, buildx: false, ghaCache: false)),
            dockerProject("c", ci: CISetup(enabled: false, buildx: true, ghaCache: true)),  // CI off: not a CI project
            dockerProject("d", ci: CISetup(enabled: nil, buildx: true)),                   // unknown: not a CI project
            Project(name: "e", ci: CISetup(enabled: true, ghaCache: true)),               // no Docker
        ])
        let r = report(l)
        #expect(r.counts.ci == 2)
        #expect(r.metric("coverage.ciCache").numerator == 1 && r.metric("coverage.ciCache").denominator == 2)
        #expect(r.metric("ci.buildx").value == 0.5)
        #expect(r.metric("ci.ghaCache").value == 0.5)
        #expect(r.metric("ci.coverage").denominator == 1)
        #expect(r.metric("ci.multiArch").value == 1)
    }

    @Test func cachedBuildBuckets() {
        let l = ledger([
            dockerProject("a") { $0.buildTimeCachedS = 29.9 },
            dockerProject("b") { $0.buildTimeCachedS = 30 },
            dockerProject("c") { $0.buildTimeCachedS = 120 },
            dockerProject("d") { $0.buildTimeCachedS = 121 },
            dockerProject("e") { $0.buildTimeUncachedS = 500 },
        ])
        let r = report(l)
        #expect(r.metric("ci.cachedUnder30").numerator == 1 && r.metric("ci.cachedUnder30").denominator == 4)
        #expect(r.metric("ci.cachedOver120").numerator == 1)
        #expect(r.metric("ci.cachedOver120").value == 0.25)
        #expect(r.metric("ci.cachedOver120").status == .behind)
        #expect(r.buildTimeDistribution.map(\.cached) == [1, 1, 1, 1])
        #expect(r.buildTimeDistribution.map(\.uncached) == [0, 0, 0, 1])
    }

    @Test func securityScansAndVulnerabilityTotals() {
        let l = ledger([
            dockerProject("clean") { $0.vulnerabilities = VulnerabilityScan(critical: 0, high: 0, medium: 3, low: 9) },
            dockerProject("dirty") { $0.vulnerabilities = VulnerabilityScan(critical: 2, high: 1, medium: 12, low: 1) },
            dockerProject("partial") { $0.vulnerabilities = VulnerabilityScan(critical: 0) },   // high unknown
            dockerProject("never"),
        ])
        let r = report(l)
        let scans = r.metric("security.scansPassing")
        #expect(scans.numerator == 1 && scans.denominator == 3)
        #expect(r.metric("vulns.critical").value == 2)
        #expect(r.metric("vulns.critical").status == .behind)
        #expect(r.metric("vulns.high").value == 1)
        #expect(r.metric("vulns.medium").value == 12)
        #expect(r.metric("vulns.medium").status == .progressing)
        #expect(r.severities.map(\.total) == [2, 1, 15, 10])
        #expect(r.severities.map(\.worstCount) == [2, 1, 12, 9])
        // The worst project is named, not only counted.
        #expect(r.severities.map(\.worstProject) == ["dirty", "dirty", "dirty", "clean"])
        #expect(SeverityRow.worstText(r.severities[2]) == "dirty (12)")
        #expect(r.severities[2].target == "<10 per project")
    }

    @Test func cleanScansMeetZeroTargets() {
        let r = report(ledger([dockerProject("a") { $0.vulnerabilities = VulnerabilityScan(critical: 0, high: 0, medium: 9) }]))
        #expect(r.metric("vulns.critical").status == .met)
        #expect(r.metric("vulns.medium").status == .met)
    }

    @Test func performanceAndCache() {
        let l = ledger([
            dockerProject("a") { $0.buildTimeUncachedS = 180; $0.buildTimeCachedS = 30; $0.startupTimeS = 2; $0.healthCheckLatencyMs = 50; $0.cacheHitRate = 0.9 },
            dockerProject("b") { $0.buildTimeUncachedS = 120; $0.buildTimeCachedS = 60; $0.cacheHitRate = 0.5 },
            dockerProject("c") { $0.buildTimeUncachedS = 100; $0.buildTimeCachedS = 0 },   // speedup undefined
        ])
        let r = report(l)
        #expect(r.metric("perf.buildUncachedS").value == 400.0 / 3)
        #expect(r.metric("perf.buildCachedS").value == 30)
        #expect(r.metric("perf.startupS").value == 2)
        #expect(r.metric("perf.healthCheckMs").value == 50)
        #expect(r.metric("cache.hitRate").value == 0.7)
        #expect(r.metric("cache.hitRate").status == .progressing)
        #expect(r.metric("cache.speedup").value == 4)      // (6 + 2) / 2
        #expect(r.metric("cache.speedup").sampleCount == 2)
        #expect(r.cache.map(\.project) == ["a", "b"])
        #expect(r.cache[0].status == .met)
        #expect(r.cache[1].status == .behind)               // 2x of 6x is behind, 50% of 80% progressing
    }

    @Test func architectures() {
        let l = ledger([
            dockerProject("a") { $0.platforms = ["linux/amd64", "linux/arm64/v8"] },
            dockerProject("b") { $0.platforms = ["linux/amd64"] },
            dockerProject("c") { $0.platforms = [] },
            dockerProject("d"),
        ])
        let r = report(l)
        #expect(r.metric("arch.amd64").numerator == 2 && r.metric("arch.amd64").denominator == 3)
        #expect(r.metric("arch.arm64").numerator == 1)
    }

    @Test func levelSharesAreAtOrAboveOverActiveProjects() {
        let l4 = dockerProject("l4", ci: CISetup(enabled: true, ghaCache: true)) { d in
            d.compose = true; d.volumes = true; d.dockerfileType = .test
            d.registry = RegistryUsage(name: "ghcr.io"); d.automatedReleases = true; d.monitoring = true
        }
        let l2 = dockerProject("l2") { $0.compose = true; $0.volumes = true }
        let l = ledger([l4, l2, dockerProject("l1"), plainProject("l0"), dockerProject("gone", status: .archived)])
        let r = report(l)
        #expect(r.projectLevels == [4, 2, 1, 0, 1])
        #expect(r.levelRows.map(\.exactly) == [1, 1, 0, 1])
        #expect(r.metric("level.1").numerator == 3 && r.metric("level.1").denominator == 4)
        #expect(r.metric("level.2").value == 0.5)
        #expect(r.metric("level.4").value == 0.25)
        #expect(r.metric("level.4").status == .behind)
    }

    @Test func targetsInTheFileOverrideTheSeed() {
        let l = ledger([dockerProject("a") { $0.imageSizeMB = 300 }], targets: ["quality.imageSizeMB": 400, "level.4": 0])
        let r = report(l)
        #expect(r.metric("quality.imageSizeMB").target == 400)
        #expect(r.metric("quality.imageSizeMB").status == .met)
        #expect(r.metric("level.4").status == .met)
        #expect(r.metric("level.3").target == 0.7)
    }

    @Test func baseImageAgeAndSchedule() {
        var l = ledger([])
        l.maintenance.baseImageUpdates = [BaseImageUpdate(date: "2026-08-20"), BaseImageUpdate(date: ""), BaseImageUpdate(date: "2026-04-14")]
        let r = report(l)
        #expect(r.metric("maintenance.baseImageAgeDays").value == 98)
        // Overdue is behind, though 98 days is most of the way to 92.
        #expect(r.metric("maintenance.baseImageAgeDays").status == .behind)
        #expect(r.baseImageSchedule == BaseImageSchedule(lastUpdate: "2026-08-20", nextDue: "2026-11-20", daysSinceLast: 98, overdue: true))
        #expect(report(ledger([])).baseImageSchedule.lastUpdate == nil)
    }

    @Test func archivedProjectsAreNotCounted() {
        let r = report(ledger([dockerProject("a", status: .archived) { $0.imageSizeMB = 900; $0.multiStage = false }]))
        #expect(r.counts.archived == 1 && r.counts.active == 0)
        #expect(r.metric("quality.imageSizeMB").value == nil)
        #expect(r.metric("coverage.multiStage").value == nil)
        #expect(r.metric("level.1").value == nil)
        #expect(r.roiByProject.isEmpty)
    }
}

@Suite struct SnapshotTests {
    @Test func recordsKnownValuesAndReplacesTheSameDay() {
        var l = ledger([dockerProject("a", created: "2026-01-01") { $0.multiStage = true; $0.imageSizeMB = 100 }])
        let count = l.recordSnapshot(report(l), day: "2026-11-26")
        #expect(l.history.count == 1)
        #expect(l.history[0].metrics["coverage.docker"] == 1)
        #expect(l.history[0].metrics["quality.imageSizeMB"] == 100)
        #expect(l.history[0].metrics["vulns.critical"] == nil, "no data is not recorded as a value")
        #expect(count == l.history[0].metrics.count)
        l.projects[0].docker?.imageSizeMB = 200
        l.recordSnapshot(report(l), day: "2026-11-26")
        #expect(l.history.count == 1)
        #expect(l.history[0].metrics["quality.imageSizeMB"] == 200)
        l.recordSnapshot(report(l), day: "2026-11-01")
        #expect(l.history.map(\.date) == ["2026-11-01", "2026-11-26"])
        #expect(LedgerValidator.validate(l).isEmpty)
    }
}
