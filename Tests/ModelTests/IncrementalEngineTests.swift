import Testing

@testable import Model

/// A report kept across edits (each edit taking the old project's contributions away and
/// adding the new one's) equals the report computed afresh, after every one of many random edits.
@Suite struct IncrementalEngineTests {
    @Test(arguments: [1, 2, 3, 4])
    func randomEditsKeepTheTotalsEqualToAFullComputation(seed: UInt64) {
        var rng = SplitMix(seed: seed)
        var l = ledger(
            (0..<40).map { randomProject("p\($0)", &rng) }, targets: ["quality.imageSizeMB": 300, "cache.speedup": 5],
            adoptionStart: "2025-10-28")
        var kept = MetricEngine.report(l, asOf: fixedNow)
        for step in 0..<250 {
            let index = Int.random(in: 0..<l.projects.count, using: &rng)
            let old = l.projects[index]
            // Mostly a few fields changed, sometimes a different project altogether.
            l.projects[index] =
                Bool.random(using: &rng) ? randomProject(old.name, &rng) : tweaked(old, &rng)
            kept = kept.replacingProject(at: index, was: old, in: l)
            let fresh = MetricEngine.report(l, asOf: fixedNow)
            #expect(kept.metrics == fresh.metrics, "step \(step)")
            #expect(kept.counts == fresh.counts, "step \(step)")
            #expect(kept.projectLevels == fresh.projectLevels, "step \(step)")
            #expect(kept.levelRows == fresh.levelRows, "step \(step)")
            #expect(kept.standings == fresh.standings, "step \(step)")
            #expect(kept.cache == fresh.cache && kept.severities == fresh.severities, "step \(step)")
            if kept.metrics != fresh.metrics { return }
        }
    }

    @Test func removingTheLargestValueFindsTheNextOne() {
        let small = dockerProject("small") { $0.imageSizeMB = 100 }
        let large = dockerProject("large") { $0.imageSizeMB = 900 }
        var l = ledger([small, large])
        var r = MetricEngine.report(l, asOf: fixedNow)
        l.projects[1] = dockerProject("large") { $0.imageSizeMB = 50 }
        r = r.replacingProject(at: 1, was: large, in: l)
        #expect(r.metric(.qualityImageSizeMB).maximum == 100)
        #expect(r.metric(.qualityImageSizeMB).minimum == 50)
        #expect(r.metric(.qualityImageSizeMB).value == 75)
    }

    /// Equal values at an extreme are counted, so removing one of them keeps the extreme
    /// without reading every project again; only removing the last one makes it stale.
    @Test func tiedExtremesSurviveTheRemovalOfOne() {
        var tally = MetricTally()
        for v in [5.0, 5, 3, 4] { tally.add(.value(v)) }
        tally.remove(.value(5))
        #expect(!tally.extremesStale && tally.maximum == 5 && tally.minimum == 3)
        tally.remove(.value(5))
        #expect(tally.extremesStale)
        // A value above the stale maximum is above every value there is: the maximum again.
        tally.add(.value(7))
        #expect(!tally.extremesStale && tally.maximum == 7)
        tally.remove(.value(3))
        #expect(tally.extremesStale)
        tally.setExtremes([4, 7])
        #expect(!tally.extremesStale && tally.minimum == 4 && tally.maximum == 7)
        #expect(tally.minimumCount == 1 && tally.maximumCount == 1)
    }

    @Test func anEditOfOneOfTwoLargestKeepsTheLargestAndEqualsAFullComputation() {
        let projects = [100.0, 900, 900, 400].enumerated().map { i, size in
            dockerProject("p\(i)") { $0.imageSizeMB = size }
        }
        var l = ledger(projects)
        var r = MetricEngine.report(l, asOf: fixedNow)
        for (index, size) in [(1, 50.0), (2, 60), (0, 900), (3, 10)] {
            let old = l.projects[index]
            l.projects[index].docker?.imageSizeMB = size
            r = r.replacingProject(at: index, was: old, in: l)
            let fresh = MetricEngine.report(l, asOf: fixedNow)
            #expect(r.metrics == fresh.metrics)
            #expect(r.totals.tallies == fresh.totals.tallies)
        }
        #expect(r.metric(.qualityImageSizeMB).maximum == 900)
        #expect(r.metric(.qualityImageSizeMB).minimum == 10)
    }

    @Test func archivingAndUnarchivingMovesTheCounts() {
        let p = dockerProject("p") { $0.nonRoot = false }
        var l = ledger([p, dockerProject("q") { $0.nonRoot = true }])
        var r = MetricEngine.report(l, asOf: fixedNow)
        var archived = p
        archived.status = .archived
        l.projects[0] = archived
        r = r.replacingProject(at: 0, was: p, in: l)
        #expect(r.counts.active == 1 && r.counts.archived == 1)
        #expect(r.metric(.securityNonRoot).value == 1)
        l.projects[0] = p
        r = r.replacingProject(at: 0, was: archived, in: l)
        #expect(r.metric(.securityNonRoot).value == 0.5)
    }

    @Test func countsPastIntMaxSaturateAndComeBack() {
        let huge = dockerProject("huge") { $0.vulnerabilities = VulnerabilityScan(critical: Int.max, high: 0) }
        let one = dockerProject("one") { $0.vulnerabilities = VulnerabilityScan(critical: 1, high: 0) }
        var l = ledger([huge, one])
        var r = MetricEngine.report(l, asOf: fixedNow)
        #expect(r.metric(.vulnsCritical).value == Double(Int.max))
        let fixed = dockerProject("huge") { $0.vulnerabilities = VulnerabilityScan(critical: 2, high: 0) }
        l.projects[0] = fixed
        r = r.replacingProject(at: 0, was: huge, in: l)
        #expect(r.metric(.vulnsCritical).value == 3)
    }
}

private func maybe<T>(_ rng: inout SplitMix, _ make: (inout SplitMix) -> T) -> T? {
    Int.random(in: 0..<5, using: &rng) == 0 ? nil : make(&rng)
}

private func flag(_ rng: inout SplitMix) -> Bool? {
    let roll = Int.random(in: 0..<5, using: &rng)
    return roll == 0 ? nil : roll > 1
}

/// Decimal values as files hold them: tenths, hundredths, sometimes huge.
private func decimal(_ rng: inout SplitMix, upTo limit: Int) -> Double {
    let roll = Int.random(in: 0..<20, using: &rng)
    if roll == 0 { return 1e12 + Double(Int.random(in: 0...1000, using: &rng)) / 7 }
    return Double(Int.random(in: 0...limit * 100, using: &rng)) / (roll % 2 == 0 ? 10 : 100)
}

func randomProject(_ name: String, _ rng: inout SplitMix) -> Project {
    var p = Project(
        name: name, owner: "team-\(Int.random(in: 0..<3, using: &rng))",
        createdAt: Bool.random(using: &rng) ? "2025-06-01" : "2026-03-15",
        status: Int.random(in: 0..<6, using: &rng) == 0 ? .archived : nil)
    guard Int.random(in: 0..<6, using: &rng) != 0 else { return p }
    var d = DockerSetup()
    d.dockerfileType = [.production, .test, .both][Int.random(in: 0..<3, using: &rng)]
    d.multiStage = flag(&rng)
    d.nonRoot = flag(&rng)
    d.minimalBase = flag(&rng)
    d.secretsFree = flag(&rng)
    d.compose = flag(&rng)
    d.volumes = flag(&rng)
    d.automatedReleases = flag(&rng)
    d.monitoring = flag(&rng)
    d.imageSizeMB = maybe(&rng) { r in decimal(&r, upTo: 2000) }
    d.buildContextMB = maybe(&rng) { r in decimal(&r, upTo: 80) }
    d.layers = maybe(&rng) { r in Int.random(in: 1...40, using: &r) }
    d.buildTimeUncachedS = maybe(&rng) { r in decimal(&r, upTo: 600) }
    d.buildTimeCachedS = maybe(&rng) { r in decimal(&r, upTo: 200) }
    d.startupTimeS = maybe(&rng) { r in decimal(&r, upTo: 30) }
    d.healthCheckLatencyMs = maybe(&rng) { r in decimal(&r, upTo: 300) }
    d.cacheHitRate = maybe(&rng) { r in Double(Int.random(in: 0...100, using: &r)) / 100 }
    d.platforms = maybe(&rng) { r in Bool.random(using: &r) ? ["linux/amd64", "linux/arm64"] : ["linux/amd64"] }
    if Bool.random(using: &rng) {
        d.vulnerabilities = VulnerabilityScan(
            critical: maybe(&rng) { r in Int.random(in: 0...3, using: &r) },
            high: maybe(&rng) { r in Int.random(in: 0...5, using: &r) },
            medium: maybe(&rng) { r in Int.random(in: 0...20, using: &r) })
    }
    if Bool.random(using: &rng) { d.registry = RegistryUsage(name: "ghcr.io/acme", imagesPushed: 3, totalSizeMB: 120) }
    p.docker = d
    if Int.random(in: 0..<4, using: &rng) != 0 {
        p.ci = CISetup(
            enabled: flag(&rng), buildx: flag(&rng), ghaCache: flag(&rng), coverageExtraction: flag(&rng),
            multiArch: flag(&rng))
    }
    return p
}

/// One or two facts of the project changed.
private func tweaked(_ project: Project, _ rng: inout SplitMix) -> Project {
    var p = project
    switch Int.random(in: 0..<6, using: &rng) {
    case 0: p.status = p.isActive ? .archived : nil
    case 1: p.docker?.imageSizeMB = maybe(&rng) { r in decimal(&r, upTo: 2000) }
    case 2: p.docker?.nonRoot = flag(&rng)
    case 3: p.docker?.cacheHitRate = maybe(&rng) { r in Double(Int.random(in: 0...100, using: &r)) / 100 }
    case 4: p.docker?.vulnerabilities?.medium = maybe(&rng) { r in Int.random(in: 0...20, using: &r) }
    default: p.ci?.enabled = flag(&rng)
    }
    return p
}
