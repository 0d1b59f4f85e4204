import Model

/// A ledger of `count` projects with every kind of fact, some unknown, some archived, and
/// `count / 10` issues; a few targets are overridden, as a team tunes them. `dockledger validate`
/// accepts it.
func syntheticLedger(_ count: Int) -> Ledger {
    var ledger = Ledger.new(today: "2026-11-26")
    ledger.meta.adoptionStart = "2025-10-28"
    ledger.setTargetOverride(0.95, for: .coverageMultiStage)
    ledger.setTargetOverride(0.85, for: .securityNonRoot)
    ledger.setTargetOverride(300, for: .qualityImageSizeMB)
    ledger.setTargetOverride(0.7, for: .cacheHitRate)
    let bases = ["python:3.12-slim", "node:22-alpine", "golang:1.23-alpine", "ubuntu:24.04"]
    let registries = ["ghcr.io/acme", "docker.io/acme", "123.dkr.ecr.eu-west-1.amazonaws.com", "quay.io/acme"]
    for i in 0..<count {
        var p = Project(
            name: syntheticProjectName(i), owner: "team-\(i % 17)", choraBaseVersion: "4.\(i % 3).0",
            createdAt: i % 4 == 0 ? "2025-06-01" : "2026-0\(1 + i % 9)-15", status: i % 29 == 0 ? .archived : .active)
        if i % 7 != 0 {
            var d = DockerSetup()
            d.dockerfileType = [.production, .test, .both][i % 3]
            d.multiStage = i % 5 != 0
            d.nonRoot = i % 6 != 0
            d.minimalBase = i % 8 != 0
            d.secretsFree = i % 11 == 0 ? nil : true
            d.baseImage = bases[i % bases.count]
            d.compose = i % 3 != 0
            d.volumes = i % 4 != 0
            d.imageSizeMB = i % 13 == 0 ? nil : Double(40 + (i * 37) % 900)
            d.buildContextMB = Double((i * 7) % 60) / 2
            d.layers = 5 + i % 20
            d.buildTimeUncachedS = Double(60 + (i * 13) % 300)
            d.buildTimeCachedS = i % 9 == 0 ? nil : Double(8 + (i * 11) % 140)
            d.startupTimeS = Double(i % 15)
            d.healthCheckLatencyMs = Double(10 + i % 150)
            d.cacheHitRate = i % 10 == 0 ? nil : Double(50 + i % 50) / 100
            d.platforms = i % 3 == 0 ? ["linux/amd64", "linux/arm64"] : ["linux/amd64"]
            if i % 4 != 0 {
                d.vulnerabilities = VulnerabilityScan(
                    critical: i % 23 == 0 ? 1 : 0, high: i % 5, medium: i % 14, low: i % 40)
            }
            if i % 2 == 0 {
                d.registry = RegistryUsage(
                    name: registries[i % registries.count], imagesPushed: i % 30, totalSizeMB: Double(i % 3000))
            }
            d.automatedReleases = i % 3 == 0
            d.monitoring = i % 5 == 0
            p.docker = d
            p.ci = CISetup(
                enabled: i % 4 != 1, buildx: true, ghaCache: i % 5 != 0, coverageExtraction: i % 2 == 0,
                multiArch: i % 3 == 0)
        }
        ledger.projects.append(p)
    }
    for i in 0..<(count / 10) {
        ledger.issues.append(
            Issue(
                id: i + 1, category: Issue.seedCategories[i % 5], project: syntheticProjectName(i),
                openedAt: "2026-0\(1 + i % 9)-1\(i % 9)T10:00:00Z",
                resolvedAt: i % 3 == 0 ? nil : "2026-0\(1 + i % 9)-2\(i % 9)T10:00:00Z",
                solution: i % 3 == 0 ? nil : "fix \(i % 7)", successful: i % 3 == 0 ? nil : i % 4 != 0))
    }
    return ledger
}

/// The name of the generated ledger's project number `index`.
func syntheticProjectName(_ index: Int) -> String { "project-\(index)" }

/// `--generate COUNT FILE`: writes the synthetic ledger of COUNT projects and prints its issue
/// count and `coverage.multiStage` as the engine computes it (numerator, denominator), which every
/// comparator of `--versus` must reproduce.
func generateLedger(count: Int, to path: String, asOf: Double) throws {
    let ledger = syntheticLedger(count)
    try LedgerStore.save(ledger, to: path)
    let multiStage = MetricEngine.report(ledger, asOf: asOf).metrics.first { $0.id == .coverageMultiStage }
    print(ledger.issues.count, multiStage?.numerator ?? -1, multiStage?.denominator ?? -1)
}
