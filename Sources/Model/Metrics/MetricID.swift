/// A metric of the catalog. The raw value is the stable id the ledger file (`targets`,
/// `history`) and every report (`json`, `csv`, `check`) use; cases are declared in the order
/// the ledger document shows the metrics, which is the report's order.
public enum MetricID: String, CaseIterable, Sendable, CustomStringConvertible {
    case coverageDocker = "coverage.docker"
    case coverageMultiStage = "coverage.multiStage"
    case coverageNonRoot = "coverage.nonRoot"
    case coverageImageSize = "coverage.imageSize"
    case coverageCiCache = "coverage.ciCache"
    case level1 = "level.1"
    case level2 = "level.2"
    case level3 = "level.3"
    case level4 = "level.4"
    case qualityImageSizeMB = "quality.imageSizeMB"
    case qualityBuildContextMB = "quality.buildContextMB"
    case qualityLayers = "quality.layers"
    case securityNonRoot = "security.nonRoot"
    case securityMinimalBase = "security.minimalBase"
    case securitySecretsFree = "security.secretsFree"
    case securityScansPassing = "security.scansPassing"
    case vulnsCritical = "vulns.critical"
    case vulnsHigh = "vulns.high"
    case vulnsMedium = "vulns.medium"
    case perfBuildUncachedS = "perf.buildUncachedS"
    case perfBuildCachedS = "perf.buildCachedS"
    case perfStartupS = "perf.startupS"
    case perfHealthCheckMs = "perf.healthCheckMs"
    case cacheHitRate = "cache.hitRate"
    case cacheSpeedup = "cache.speedup"
    case ciBuildx = "ci.buildx"
    case ciGhaCache = "ci.ghaCache"
    case ciCoverage = "ci.coverage"
    case ciMultiArch = "ci.multiArch"
    case ciCachedUnder30 = "ci.cachedUnder30"
    case ciCachedOver120 = "ci.cachedOver120"
    case archAmd64 = "arch.amd64"
    case archArm64 = "arch.arm64"
    case efficiencyTime = "efficiency.time"
    case efficiencyCost = "efficiency.cost"
    case maintenanceBaseImageAgeDays = "maintenance.baseImageAgeDays"

    /// The stable id, also in string interpolation.
    public var description: String { rawValue }

    /// The share of active projects at adoption level 1...4 or above.
    public static let levels: [MetricID] = [.level1, .level2, .level3, .level4]

    /// The position in `allCases`, which is also the position in `LedgerReport.metrics`.
    var ordinal: Int {
        // Built from allCases, so every case is present.
        Self.ordinals[self]!
    }

    private static let ordinals = Dictionary(uniqueKeysWithValues: allCases.enumerated().map { ($1, $0) })
}
