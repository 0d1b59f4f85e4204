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
        #expect(AdoptionLevel.missingForNextLevel(plainProject("n")) == ["a Dockerfile (docker)"])
        #expect(AdoptionLevel.missingForNextLevel(dockerProject("d") { $0.compose = true }) == ["volumes"])
        #expect(AdoptionLevel.missingForNextLevel(full { $0.ci?.ghaCache = false; $0.docker?.dockerfileType = .production })
                == ["ci.ghaCache", "a test Dockerfile (dockerfileType test or both)"])
        #expect(AdoptionLevel.missingForNextLevel(full { $0.docker?.registry = nil }) == ["a registry"])
        #expect(AdoptionLevel.missingForNextLevel(full()) == [])
    }
}
