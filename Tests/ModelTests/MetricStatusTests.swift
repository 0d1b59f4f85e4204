import Testing

@testable import Model

@Suite struct MetricStatusTests {
    @Test func atLeastTargets() {
        #expect(MetricStatus.evaluate(value: 0.7, target: 0.7, direction: .atLeast) == .met)
        #expect(MetricStatus.evaluate(value: 0.9, target: 0.7, direction: .atLeast) == .met)
        #expect(MetricStatus.evaluate(value: 0.36, target: 0.7, direction: .atLeast) == .progressing)
        #expect(MetricStatus.evaluate(value: 0, target: 0.7, direction: .atLeast) == .behind)
    }

    @Test func exactlyHalfWayIsBehind() {
        // 0.35 / 0.70 is 0.49999999999999994 in floating point: still the 50% boundary.
        #expect(MetricStatus.evaluate(value: 0.35, target: 0.7, direction: .atLeast) == .behind)
        #expect(MetricStatus.evaluate(value: 0.5, target: 1.0, direction: .atLeast) == .behind)
        #expect(MetricStatus.evaluate(value: 500, target: 250, direction: .atMost) == .behind)
        #expect(MetricStatus.evaluate(value: 499, target: 250, direction: .atMost) == .progressing)
    }

    @Test func atMostTargets() {
        #expect(MetricStatus.evaluate(value: 250, target: 250, direction: .atMost) == .met)
        #expect(MetricStatus.evaluate(value: 0, target: 250, direction: .atMost) == .met)
        #expect(MetricStatus.evaluate(value: 300, target: 250, direction: .atMost) == .progressing)
    }

    @Test func zeroTargets() {
        #expect(MetricStatus.evaluate(value: 0, target: 0, direction: .atMost) == .met)
        #expect(MetricStatus.evaluate(value: 1, target: 0, direction: .atMost) == .behind)
        #expect(MetricStatus.evaluate(value: 0, target: 0, direction: .atLeast) == .met)
    }

    @Test func noValueIsNoData() {
        #expect(MetricStatus.evaluate(value: nil, target: 0.7, direction: .atLeast) == .noData)
    }

    @Test func worseOfTwoIgnoresNoData() {
        #expect(MetricStatus.worse(.met, .progressing) == .progressing)
        #expect(MetricStatus.worse(.behind, .progressing) == .behind)
        #expect(MetricStatus.worse(.noData, .met) == .met)
        #expect(MetricStatus.worse(.noData, .noData) == .noData)
    }
}

@Suite struct AdoptionLevelTests {
    private func full(_ configure: (inout Project) -> Void = { _ in }) -> Project {
        var p = dockerProject("p", ci: CISetup(enabled: true, ghaCache: true)) { d in
            d.compose = true
            d.volumes = true
            d.dockerfileType = .both
            d.registry = RegistryUsage(name: "ghcr.io")
            d.automatedReleases = true
            d.monitoring = true
        }
        configure(&p)
        return p
    }

    @Test func eachLevelIncludesTheOneBelow() {
        #expect(AdoptionLevel.of(plainProject("none")) == 0)
        #expect(AdoptionLevel.of(dockerProject("d")) == 1)
        #expect(AdoptionLevel.of(full()) == 4)
        #expect(AdoptionLevel.of(full { $0.docker?.monitoring = false }) == 3)
        #expect(AdoptionLevel.of(full { $0.docker?.dockerfileType = .production }) == 2)
        #expect(AdoptionLevel.of(full { $0.ci?.enabled = false }) == 2)
        // Level 4 facts without compose do not skip level 2.
        #expect(AdoptionLevel.of(full { $0.docker?.compose = false }) == 1)
    }

    @Test func unknownFlagsDoNotQualify() {
        #expect(AdoptionLevel.of(full { $0.docker?.volumes = nil }) == 1)
        #expect(AdoptionLevel.of(full { $0.ci?.ghaCache = nil }) == 2)
        #expect(AdoptionLevel.of(full { $0.docker?.dockerfileType = nil }) == 2)
        #expect(AdoptionLevel.of(full { $0.ci = nil }) == 2)
        #expect(AdoptionLevel.of(full { $0.docker?.automatedReleases = nil }) == 3)
    }

    @Test func namesWhatTheNextLevelNeeds() {
        #expect(AdoptionLevel.missingForNextLevel(plainProject("n")) == ["a Dockerfile (Docker)"])
        #expect(AdoptionLevel.missingForNextLevel(dockerProject("d") { $0.compose = true }) == ["volumes"])
        #expect(
            AdoptionLevel.missingForNextLevel(
                full {
                    $0.ci?.ghaCache = false
                    $0.docker?.dockerfileType = .production
                })
                == ["GHA cache in CI", "a test Dockerfile (type test or both)"])
        #expect(AdoptionLevel.missingForNextLevel(full { $0.docker?.registry = nil }) == ["a registry"])
        #expect(AdoptionLevel.missingForNextLevel(full()) == [])
    }
}

@Suite struct OneStatusLanguageTests {
    /// An overdue base-image refresh is behind, in the schedule and in the metric under it.
    @Test func anOverdueScheduleIsBehind() {
        var l = ledger([])
        l.maintenance.baseImageUpdates = [BaseImageUpdate(date: "2026-08-20")]
        let r = MetricEngine.report(l, asOf: ISODate.seconds("2026-11-27")!)
        #expect(r.baseImageSchedule.overdue)
        #expect(r.metric(.maintenanceBaseImageAgeDays).value == 99)
        #expect(r.metric(.maintenanceBaseImageAgeDays).status == .behind)
        let onTime = MetricEngine.report(l, asOf: ISODate.seconds("2026-11-01")!)
        #expect(onTime.metric(.maintenanceBaseImageAgeDays).status == .met)
    }

    /// Shares read with one decimal everywhere, so 82% beside 84% never hides why one is met.
    @Test func sharesHaveOneDecimalAndTargetsNone() {
        #expect(MetricFormat.percent(0.13) == "13.0%")
        #expect(MetricFormat.percent(0.261) == "26.1%")
        #expect(MetricFormat.target(0.7, unit: .share) == "70%")
        #expect(MetricFormat.usd(13.1) == "$13.10")
    }

    /// The savings totals say what they are: each line counts its projects.
    @Test func savingsLinesSayHowManyProjectsTheyAverage() {
        let withRegistry = dockerProject("r") { $0.registry = RegistryUsage(name: "ghcr.io") }
        let plain = dockerProject("p")
        let r = MetricEngine.report(ledger([withRegistry, plain]))
        let registry = r.costSavings.first { $0.activity == "Registry storage" }
        #expect(registry?.projects == 1)
        #expect(r.costSavings.last?.isTotal == true)
        #expect(r.costSavings.last?.projects == 2)
        #expect(r.costSavings.last?.activity == "Total per project/month")
        #expect(r.timeSavings.first?.projects == 2)
    }
}
