import Testing

@testable import Model

@Suite struct TablesTests {
    @Test func sizeDistributionBoundaries() {
        let sizes: [Double] = [149.9, 150, 250, 250.1, 500, 500.1]
        let r = report(
            ledger(
                sizes.enumerated().map { i, s in dockerProject("p\(i)") { $0.imageSizeMB = s } } + [
                    dockerProject("unknown")
                ]))
        #expect(r.sizeDistribution.map(\.count) == [1, 2, 2, 1])
        let expected: [Double?] = [1.0 / 6, 2.0 / 6, 2.0 / 6, 1.0 / 6]
        #expect(r.sizeDistribution.map(\.share) == expected)
        #expect(report(ledger([])).sizeDistribution.allSatisfy { $0.count == 0 && $0.share == nil })
    }

    @Test(arguments: [
        ("ghcr.io", "ghcr.io"), ("ghcr.io/northwind/api", "ghcr.io"), ("Docker Hub", "Docker Hub"),
        ("docker.io/library/x", "Docker Hub"), ("ECR", "ECR"), ("123.dkr.ecr.eu-west-1.amazonaws.com/x", "ECR"),
        ("public.ecr.aws/x", "ECR"), ("registry.gitlab.com", "Other"), ("quay.io", "Other"),
    ])
    func registryKinds(_ name: String, _ kind: String) {
        #expect(RegistryKind(registryName: name).rawValue == kind)
    }

    @Test func registryUsageSumsKnownFigures() {
        let l = ledger([
            dockerProject("a") { $0.registry = RegistryUsage(name: "ghcr.io", imagesPushed: 10, totalSizeMB: 1000) },
            dockerProject("b") { $0.registry = RegistryUsage(name: "ghcr.io/x", imagesPushed: nil, totalSizeMB: 200) },
            dockerProject("c") { $0.registry = RegistryUsage(name: "quay.io", imagesPushed: 3) },
            dockerProject("d", status: .archived) { $0.registry = RegistryUsage(name: "ECR", imagesPushed: 99) },
        ])
        let rows = report(l).registries
        #expect(rows.map(\.registry) == [.ghcr, .dockerHub, .ecr, .other])
        #expect(rows.map(\.projects) == [2, 0, 0, 1])
        #expect(rows.map(\.imagesPushed) == [10, 0, 0, 3])
        #expect(rows.map(\.totalSizeMB) == [1200, 0, 0, 0])
        #expect(rows.map(\.inUse) == [true, false, false, true])
    }

    @Test func projectAssessmentNamesMissedAndUnknownTargets() {
        let p = dockerProject("p", ci: CISetup(enabled: true, buildx: false, ghaCache: true)) { d in
            d.multiStage = false
            d.nonRoot = true
            d.imageSizeMB = 412
            d.buildTimeCachedS = 30
            d.platforms = ["linux/arm64"]
            d.vulnerabilities = VulnerabilityScan(critical: 1, high: 0, medium: 2)
        }
        let a = ProjectAssessment.of(p, in: ledger([p]))
        #expect(a.level == 1)
        #expect(a.status == .behind)
        // A CRITICAL finding fails both the passing-scan share and the CRITICAL total.
        #expect(
            a.misses.map(\.metricID) == [
                .coverageMultiStage, .qualityImageSizeMB, .securityScansPassing, .vulnsCritical, .archAmd64, .ciBuildx,
            ])
        #expect(a.misses[1].actual == "412 MB")
        #expect(a.misses[1].target == "<=250 MB")
        #expect(a.unknown.contains("Minimal base image"))
        #expect(a.unknown.contains("Layers"))
        #expect(ProjectAssessment.of(plainProject("x"), in: ledger([])).status == .noData)
        #expect(a.misses.map(\.status) == [.behind, .progressing, .behind, .behind, .behind, .behind])
        #expect(a.summary.text == "5 behind")
    }

    /// 5.7x against a 6x target is most of the way: progressing, as a metric would say, not red.
    @Test func aProjectsOwnMissIsGradedLikeTheTotals() {
        let p = dockerProject("chora") { d in
            d.multiStage = true
            d.nonRoot = true
            d.minimalBase = true
            d.secretsFree = true
            d.buildTimeUncachedS = 57
            d.buildTimeCachedS = 10
            d.cacheHitRate = 0.58
            d.platforms = ["linux/amd64"]
            d.vulnerabilities = VulnerabilityScan(critical: 0, high: 0, medium: 0)
        }
        let a = ProjectAssessment.of(p, in: ledger([p]))
        #expect(a.misses.map(\.metricID) == [.cacheHitRate, .cacheSpeedup])
        #expect(a.status == .progressing)
        #expect(a.summary.text == "2 progressing")
        // The cache table grades the same project the same way.
        let row = MetricEngine.report(ledger([p])).cache.first { $0.project == "chora" }
        #expect(row?.status == a.status)
    }

    @Test func holdoutsNameTheProjectsBehindAMetric() {
        let rootless = dockerProject("rootless") {
            $0.nonRoot = true
            $0.imageSizeMB = 100
        }
        let rooted = dockerProject("rooted") {
            $0.nonRoot = false
            $0.imageSizeMB = 600
        }
        var archived = dockerProject("old") { $0.nonRoot = false }
        archived.status = .archived
        let noDocker = plainProject("plain")
        let l = ledger([rootless, rooted, archived, noDocker])
        func behind(_ id: MetricID) -> [String] {
            MetricBreakdown.of(id, in: l, asOf: fixedNow)?.failing.map(\.name) ?? []
        }
        #expect(behind(.securityNonRoot) == ["rooted"])
        #expect(behind(.coverageNonRoot) == ["rooted"])
        #expect(behind(.coverageImageSize) == ["rooted"])
        #expect(behind(.coverageDocker) == ["plain"])
        // Worst first, then by name.
        #expect(behind(.level2) == ["plain", "rooted", "rootless"])
        // check names the same projects, in the same order, as the drill-down.
        let report = MetricEngine.report(l, asOf: fixedNow)
        let check = try! CheckReport(ledger: l, report: report, bar: .progressing)
        for finding in check.failing {
            #expect(finding.projects == behind(finding.metric.id), "\(finding.metric.id)")
        }
    }

    @Test func globsMatchMetricIDs() {
        #expect(Glob.matches("security.nonRoot", "security.*"))
        #expect(Glob.matches("level.3", "level.?"))
        #expect(Glob.matches("vulns.critical", "*critical"))
        #expect(!Glob.matches("coverage.nonRoot", "security.*"))
        #expect(Glob.matches("a.b", "*"))
    }
}

@Suite struct EconomicsTests {
    @Test func roiByLevelIsComputedFromTheAssumptions() {
        let rows = report(ledger([])).roiByLevel
        #expect(rows.map(\.level) == [1, 2, 3, 4])
        // (benefit hours + USD / rate) / (setup + 6 x monthly maintenance)
        #expect(rows[0].computedROI == 3 / 0.5)
        #expect(abs(rows[1].computedROI! - 5.0 / 3.0) < 1e-12)
        #expect(abs(rows[2].computedROI! - 17.7 / 5.5) < 1e-12)
        #expect(abs(rows[3].computedROI! - 24.0 / 11.0) < 1e-12)
        #expect(rows.map(\.claimedROI) == ["4x-8x", "2.5x", "5x", "6x"])
        // Break-even: setup / (monthly benefit - monthly maintenance).
        #expect(rows[0].breakEvenMonths == 1)
        #expect(abs(rows[2].breakEvenMonths! - 4 / (17.7 / 6 - 0.25)) < 1e-12)
    }

    @Test func aBenefitThatNeverCoversMaintenanceNeverBreaksEven() {
        var l = ledger([])
        l.assumptions.levels[1].benefitHours = 0.5
        #expect(report(l).roiByLevel[1].breakEvenMonths == nil)
    }

    @Test func measuredBuildTimesDriveCISavings() {
        let a = Assumptions()
        let p = dockerProject("p", ci: CISetup(enabled: true, ghaCache: true)) {
            $0.buildTimeUncachedS = 180
            $0.buildTimeCachedS = 36
        }
        let e = Economics.project(p, level: 1, a)!
        #expect(e.usesMeasuredBuildTimes)
        // 50 builds a month: 2.5 h uncached, 0.5 h cached.
        #expect(e.ciBuildHoursPerMonth == Assumptions.Pair(without: 2.5, with: 0.5))
        #expect(e.hoursWithout == 3 + 4 + 6 * 2.5)
        #expect(e.hoursWith == 0.25 + 1 + 6 * 0.5)
        #expect(e.ciRuntimeUSDPerMonth == Assumptions.Pair(without: 40, with: 8))
        #expect(e.costWithout == 6 * 40)
        let benefit = (22.0 - 4.25) + 6 * 32 / 100
        #expect(abs(e.roi! - benefit / 0.5) < 1e-12)
    }

    @Test func withoutCacheThereIsNoCISaving() {
        let p = dockerProject("p", ci: CISetup(enabled: true, ghaCache: false)) { $0.buildTimeUncachedS = 180 }
        let e = Economics.project(p, level: 1, Assumptions())!
        #expect(e.ciBuildHoursPerMonth == Assumptions.Pair(without: 2.5, with: 2.5))
        #expect(e.ciRuntimeUSDPerMonth == Assumptions.Pair(without: 40, with: 40))
    }

    @Test func unmeasuredProjectsUseTheSeedFigures() {
        let p = dockerProject("p", ci: CISetup(enabled: true, ghaCache: true)) {
            $0.registry = RegistryUsage(name: "ghcr.io")
        }
        let e = Economics.project(p, level: 4, Assumptions())!
        #expect(!e.usesMeasuredBuildTimes)
        #expect(e.ciBuildHoursPerMonth == Assumptions.Pair(without: 2.5, with: 0.42))
        #expect(e.costWithout == 6 * 65)
        #expect(e.costWith == 6 * 20)
        #expect(e.investmentHours == 8 + 6 * 0.5)
    }

    @Test func efficiencyMetricsAggregateProjects() {
        let l = ledger([dockerProject("a"), plainProject("b")])
        let r = report(l)
        // One Docker project, no CI, no registry: time 7 h -> 1.25 h; no costs at all.
        #expect(abs(r.metric(.efficiencyTime).value! - (7 - 1.25) / 7) < 1e-12)
        #expect(r.metric(.efficiencyCost).value == nil)
        #expect(r.metric(.efficiencyCost).status == .noData)
        #expect(
            r.timeSavings.map(\.activity) == [
                "Initial setup (hours)", "Debugging deployments (hours)", "Total per project (6 months, hours)",
            ])
        #expect(r.costSavings.map(\.activity) == ["Total per project/month"])
        #expect(r.roiByProject.map(\.project) == ["a"])
    }

    @Test func noDockerProjectsNoEfficiency() {
        let r = report(ledger([plainProject("a")]))
        #expect(r.metric(.efficiencyTime).status == .noData)
        #expect(r.timeSavings.isEmpty)
    }
}

@Suite struct IssueStatisticsTests {
    private func issue(
        _ id: Int, _ category: String, opened: String = "2026-11-01T00:00:00Z", resolved: String? = nil,
        solution: String? = nil, ok: Bool? = nil
    ) -> Model.Issue {
        Model.Issue(
            id: id, category: category, openedAt: opened, resolvedAt: resolved, solution: solution, successful: ok)
    }

    /// Common Issues is sorted by frequency, as its name says; ties keep the seed's order.
    @Test func commonIssuesAreSortedByFrequency() {
        let issues = [
            issue(1, "CI cache misses", resolved: "2026-11-01T10:00:00Z"),
            issue(2, "CI cache misses", resolved: "2026-11-02T00:00:00Z"),
            issue(3, "CI cache misses"), // open: not in the average
            issue(4, "Zombie processes"),
            issue(5, "Registry rate limits", resolved: "2026-11-01T01:00:00Z"),
            issue(6, "Registry rate limits"),
        ]
        let rows = report(ledger([], issues: issues)).commonIssues
        let seed = Model.Issue.seedCategories
        #expect(
            rows.map(\.category) == ["CI cache misses", "Registry rate limits", "Zombie processes"]
                + seed.filter { $0 != "CI cache misses" })
        #expect(rows.map(\.frequency) == [3, 2, 1, 0, 0, 0, 0])
        let cache = rows[0]
        #expect(cache.frequency == 3 && cache.open == 1)
        #expect(cache.averageResolutionHours == 17)
        #expect(cache.status == .open)
        #expect(rows[3].frequency == 0 && rows[3].averageResolutionHours == nil && rows[3].status == .neverSeen)
        #expect(rows[1].averageResolutionHours == 1)
        #expect(rows[2].averageResolutionHours == nil)
    }

    @Test func resolutionPatternsRankByUseThenSuccess() {
        let r = "2026-11-02T00:00:00Z"
        let issues = [
            issue(1, "A", resolved: r, solution: "s1", ok: true),
            issue(2, "A", resolved: r, solution: "s1", ok: false),
            issue(3, "A", resolved: r, solution: " s1 ", ok: true),
            issue(4, "B", resolved: r, solution: "s2", ok: true),
            issue(5, "B", resolved: r, solution: "s2", ok: true),
            issue(6, "C", resolved: r, solution: "s3", ok: false),
            issue(7, "C", resolved: r, solution: "s3", ok: true),
            issue(8, "D", resolved: r, solution: "s4", ok: true),
            issue(9, "E", resolved: r, solution: "s5", ok: true),
            issue(10, "F", resolved: r, solution: "s6", ok: nil),
            issue(11, "G", solution: "s7"), // open: not a resolution
            issue(12, "H", resolved: r, solution: "", ok: true), // no solution recorded
        ]
        let patterns = report(ledger([], issues: issues)).resolutionPatterns
        #expect(patterns.map(\.solution) == ["s1", "s2", "s3", "s4", "s5"])
        #expect(patterns.map(\.uses) == [3, 2, 2, 1, 1])
        #expect(patterns[0].successRate == 2.0 / 3)
        #expect(patterns[1].successRate == 1)
        #expect(patterns[2].successRate == 0.5)
    }
}
