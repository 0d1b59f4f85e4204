import Testing

@testable import Model

@Suite struct MetricEngineTests {
    @Test func everyCatalogMetricIsReportedInCatalogOrder() {
        let r = report(ledger([]))
        #expect(r.metrics.map(\.id) == MetricCatalog.all.map(\.id))
        #expect(r.metrics.allSatisfy { $0.status == .noData && $0.value == nil })
    }

    @Test func everyMetricIDHasItsOwnCatalogRowAndIsFoundByID() {
        let r = report(ledger([dockerProject("a")]))
        #expect(MetricCatalog.all.map(\.id) == MetricID.allCases)
        for id in MetricID.allCases {
            #expect(id.definition.id == id)
            #expect(r.metric(id).id == id)
            #expect("\(id)" == id.rawValue)
        }
        // The file's ids are the catalog's strings, section first.
        #expect(MetricID.allCases.allSatisfy { $0.rawValue.split(separator: ".").count == 2 })
        #expect(Set(MetricID.allCases.map(\.rawValue)).count == MetricID.allCases.count)
    }

    @Test func dockerCoverageCountsNewActiveProjectsOnly() {
        let l = ledger(
            [
                dockerProject("new-docker", created: "2025-11-01"),
                plainProject("new-plain", created: "2025-12-01"),
                plainProject("undated"), // unknown createdAt: counted as new
                dockerProject("old-docker", created: "2024-01-01"),
                dockerProject("archived", created: "2025-11-01", status: .archived),
                plainProject("on-the-day", created: "2025-10-28"),
            ], adoptionStart: "2025-10-28")
        let m = report(l).metric(.coverageDocker)
        #expect(m.numerator == 1)
        #expect(m.denominator == 4)
        #expect(m.value == 0.25)
        #expect(m.status == .behind)
    }

    @Test func withoutAdoptionStartEveryProjectIsNew() {
        let m = report(ledger([dockerProject("a", created: "2020-01-01"), plainProject("b")])).metric(.coverageDocker)
        #expect(m.numerator == 1 && m.denominator == 2)
    }

    @Test func booleanSharesCountOnlyKnownValues() {
        let l = ledger([
            dockerProject("a") {
                $0.multiStage = true
                $0.nonRoot = true
                $0.minimalBase = true
                $0.secretsFree = true
            },
            dockerProject("b") {
                $0.multiStage = false
                $0.nonRoot = false
                $0.minimalBase = true
            },
            dockerProject("c"),
            dockerProject("d", status: .archived) { $0.multiStage = false },
            plainProject("e"),
        ])
        let r = report(l)
        #expect(r.metric(.coverageMultiStage).numerator == 1)
        #expect(r.metric(.coverageMultiStage).denominator == 2)
        #expect(r.metric(.coverageMultiStage).value == 0.5)
        #expect(r.metric(.coverageMultiStage).status == .behind)
        #expect(r.metric(.coverageNonRoot).value == 0.5)
        #expect(r.metric(.securityNonRoot).value == 0.5)
        #expect(r.metric(.securityMinimalBase).value == 1)
        #expect(r.metric(.securityMinimalBase).status == .met)
        #expect(r.metric(.securitySecretsFree).denominator == 1)
    }

    @Test func allUnknownMeansNoDataNotZero() {
        let r = report(ledger([dockerProject("a"), dockerProject("b")]))
        for id: MetricID in [
            .coverageMultiStage, .coverageImageSize, .qualityImageSizeMB, .perfBuildCachedS, .cacheHitRate,
            .vulnsCritical, .archAmd64, .ciCachedUnder30, .coverageCiCache, .ciBuildx,
        ] {
            #expect(r.metric(id).value == nil, "\(id)")
            #expect(r.metric(id).status == .noData, "\(id)")
        }
        // Never scanned is a known fact: those projects are not passing.
        #expect(r.metric(.securityScansPassing).value == 0)
    }

    @Test func imageSizeShareAndAverages() {
        let l = ledger([
            dockerProject("a") {
                $0.imageSizeMB = 100
                $0.buildContextMB = 2
                $0.layers = 10
            },
            dockerProject("b") { $0.imageSizeMB = 250 },
            dockerProject("c") {
                $0.imageSizeMB = 400
                $0.layers = 20
            },
            dockerProject("d"),
        ])
        let r = report(l)
        #expect(r.metric(.coverageImageSize).numerator == 2)
        #expect(r.metric(.coverageImageSize).denominator == 3)
        let size = r.metric(.qualityImageSizeMB)
        #expect(size.value == 250)
        #expect(size.minimum == 100 && size.maximum == 400 && size.sampleCount == 3)
        #expect(size.status == .met)
        #expect(r.metric(.qualityBuildContextMB).value == 2)
        #expect(r.metric(.qualityLayers).value == 15)
    }

    @Test func ciSharesUseCIProjectsWithKnownFlags() {
        let l = ledger([
            dockerProject(
                "a", ci: CISetup(enabled: true, buildx: true, ghaCache: true, coverageExtraction: true, multiArch: true)
            ),
            dockerProject("b", ci: CISetup(enabled: true, buildx: false, ghaCache: false)),
            dockerProject("c", ci: CISetup(enabled: false, buildx: true, ghaCache: true)), // CI off: not a CI project
            dockerProject("d", ci: CISetup(enabled: nil, buildx: true)), // unknown: not a CI project
            Project(name: "e", ci: CISetup(enabled: true, ghaCache: true)), // no Docker
        ])
        let r = report(l)
        #expect(r.counts.ci == 2)
        #expect(r.metric(.coverageCiCache).numerator == 1 && r.metric(.coverageCiCache).denominator == 2)
        #expect(r.metric(.ciBuildx).value == 0.5)
        #expect(r.metric(.ciGhaCache).value == 0.5)
        #expect(r.metric(.ciCoverage).denominator == 1)
        #expect(r.metric(.ciMultiArch).value == 1)
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
        #expect(r.metric(.ciCachedUnder30).numerator == 1 && r.metric(.ciCachedUnder30).denominator == 4)
        #expect(r.metric(.ciCachedOver120).numerator == 1)
        #expect(r.metric(.ciCachedOver120).value == 0.25)
        #expect(r.metric(.ciCachedOver120).status == .behind)
        #expect(r.buildTimeDistribution.map(\.cached) == [1, 1, 1, 1])
        #expect(r.buildTimeDistribution.map(\.uncached) == [0, 0, 0, 1])
    }

    @Test func securityScansAndVulnerabilityTotals() {
        let l = ledger([
            dockerProject("clean") { $0.vulnerabilities = VulnerabilityScan(critical: 0, high: 0, medium: 3, low: 9) },
            dockerProject("dirty") { $0.vulnerabilities = VulnerabilityScan(critical: 2, high: 1, medium: 12, low: 1) },
            dockerProject("partial") { $0.vulnerabilities = VulnerabilityScan(critical: 0) }, // high unknown
            dockerProject("never"),
        ])
        let r = report(l)
        let scans = r.metric(.securityScansPassing)
        #expect(scans.numerator == 1 && scans.denominator == 3)
        #expect(r.metric(.vulnsCritical).value == 2)
        #expect(r.metric(.vulnsCritical).status == .behind)
        #expect(r.metric(.vulnsHigh).value == 1)
        #expect(r.metric(.vulnsMedium).value == 12)
        #expect(r.metric(.vulnsMedium).status == .progressing)
        #expect(r.severities.map(\.total) == [2, 1, 15, 10])
        #expect(r.severities.map(\.worstCount) == [2, 1, 12, 9])
        // The worst project is named, not only counted.
        #expect(r.severities.map(\.worstProject) == ["dirty", "dirty", "dirty", "clean"])
        #expect(SeverityRow.worstText(r.severities[2]) == "dirty (12)")
        #expect(r.severities[2].target == "<10 per project")
    }

    @Test func cleanScansMeetZeroTargets() {
        let r = report(
            ledger([dockerProject("a") { $0.vulnerabilities = VulnerabilityScan(critical: 0, high: 0, medium: 9) }]))
        #expect(r.metric(.vulnsCritical).status == .met)
        #expect(r.metric(.vulnsMedium).status == .met)
    }

    @Test func performanceAndCache() {
        let l = ledger([
            dockerProject("a") {
                $0.buildTimeUncachedS = 180
                $0.buildTimeCachedS = 30
                $0.startupTimeS = 2
                $0.healthCheckLatencyMs = 50
                $0.cacheHitRate = 0.9
            },
            dockerProject("b") {
                $0.buildTimeUncachedS = 120
                $0.buildTimeCachedS = 60
                $0.cacheHitRate = 0.5
            },
            dockerProject("c") {
                $0.buildTimeUncachedS = 100
                $0.buildTimeCachedS = 0
            }, // speedup undefined
        ])
        let r = report(l)
        #expect(r.metric(.perfBuildUncachedS).value == 400.0 / 3)
        #expect(r.metric(.perfBuildCachedS).value == 30)
        #expect(r.metric(.perfStartupS).value == 2)
        #expect(r.metric(.perfHealthCheckMs).value == 50)
        #expect(r.metric(.cacheHitRate).value == 0.7)
        #expect(r.metric(.cacheHitRate).status == .progressing)
        #expect(r.metric(.cacheSpeedup).value == 4) // (6 + 2) / 2
        #expect(r.metric(.cacheSpeedup).sampleCount == 2)
        #expect(r.cache.map(\.project) == ["a", "b"])
        #expect(r.cache[0].status == .met)
        #expect(r.cache[1].status == .behind) // 2x of 6x is behind, 50% of 80% progressing
    }

    @Test func architectures() {
        let l = ledger([
            dockerProject("a") { $0.platforms = ["linux/amd64", "linux/arm64/v8"] },
            dockerProject("b") { $0.platforms = ["linux/amd64"] },
            dockerProject("c") { $0.platforms = [] },
            dockerProject("d"),
        ])
        let r = report(l)
        #expect(r.metric(.archAmd64).numerator == 2 && r.metric(.archAmd64).denominator == 3)
        #expect(r.metric(.archArm64).numerator == 1)
    }

    @Test func levelSharesAreAtOrAboveOverActiveProjects() {
        let l4 = dockerProject("l4", ci: CISetup(enabled: true, ghaCache: true)) { d in
            d.compose = true
            d.volumes = true
            d.dockerfileType = .test
            d.registry = RegistryUsage(name: "ghcr.io")
            d.automatedReleases = true
            d.monitoring = true
        }
        let l2 = dockerProject("l2") {
            $0.compose = true
            $0.volumes = true
        }
        let l = ledger([l4, l2, dockerProject("l1"), plainProject("l0"), dockerProject("gone", status: .archived)])
        let r = report(l)
        #expect(r.projectLevels == [4, 2, 1, 0, 1])
        #expect(r.levelRows.map(\.exactly) == [1, 1, 0, 1])
        #expect(r.metric(.level1).numerator == 3 && r.metric(.level1).denominator == 4)
        #expect(r.metric(.level2).value == 0.5)
        #expect(r.metric(.level4).value == 0.25)
        #expect(r.metric(.level4).status == .behind)
    }

    @Test func targetsInTheFileOverrideTheSeed() {
        let l = ledger(
            [dockerProject("a") { $0.imageSizeMB = 300 }], targets: ["quality.imageSizeMB": 400, "level.4": 0])
        let r = report(l)
        #expect(r.metric(.qualityImageSizeMB).target == 400)
        #expect(r.metric(.qualityImageSizeMB).status == .met)
        #expect(r.metric(.level4).status == .met)
        #expect(r.metric(.level3).target == 0.7)
    }

    @Test func baseImageAgeAndSchedule() {
        var l = ledger([])
        l.maintenance.baseImageUpdates = [
            BaseImageUpdate(date: "2026-08-20"), BaseImageUpdate(date: ""), BaseImageUpdate(date: "2026-04-14"),
        ]
        let r = report(l)
        #expect(r.metric(.maintenanceBaseImageAgeDays).value == 98)
        // Overdue is behind, though 98 days is most of the way to 92.
        #expect(r.metric(.maintenanceBaseImageAgeDays).status == .behind)
        #expect(
            r.baseImageSchedule
                == BaseImageSchedule(lastUpdate: "2026-08-20", nextDue: "2026-11-20", daysSinceLast: 98, overdue: true))
        #expect(report(ledger([])).baseImageSchedule.lastUpdate == nil)
    }

    @Test func archivedProjectsAreNotCounted() {
        let r = report(
            ledger([
                dockerProject("a", status: .archived) {
                    $0.imageSizeMB = 900
                    $0.multiStage = false
                }
            ]))
        #expect(r.counts.archived == 1 && r.counts.active == 0)
        #expect(r.metric(.qualityImageSizeMB).value == nil)
        #expect(r.metric(.coverageMultiStage).value == nil)
        #expect(r.metric(.level1).value == nil)
        #expect(r.roiByProject.isEmpty)
    }
}

@Suite struct SnapshotTests {
    @Test func recordsKnownValuesAndReplacesTheSameDay() {
        var l = ledger([
            dockerProject("a", created: "2026-01-01") {
                $0.multiStage = true
                $0.imageSizeMB = 100
            }
        ])
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
