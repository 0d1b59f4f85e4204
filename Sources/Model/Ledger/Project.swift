/// One project of the organisation and its Docker facts. Every measurement is optional:
/// absent means unknown, which is never counted as zero.
public struct Project: Equatable, Sendable {
    public enum Status: String, CaseIterable, Sendable { case active, archived }

    public var name: String
    public var owner: String?
    public var choraBaseVersion: String?
    public var createdAt: String?
    public var status: Status?
    public var docker: DockerSetup?
    public var ci: CISetup?
    /// The folder the project was scanned from (`dockledger scan`).
    public var repository: String?
    /// Field path (`docker.multiStage`) → where its value came from.
    public var sources: [String: FactSource] = [:]
    public var unknownKeys: [String: JSONValue] = [:]

    public init(
        name: String, owner: String? = nil, choraBaseVersion: String? = nil, createdAt: String? = nil,
        status: Status? = nil, docker: DockerSetup? = nil, ci: CISetup? = nil
    ) {
        self.name = name
        self.owner = owner
        self.choraBaseVersion = choraBaseVersion
        self.createdAt = createdAt
        self.status = status
        self.docker = docker
        self.ci = ci
    }

    /// Archived projects are shown but not counted.
    public var isActive: Bool { status != .archived }

    /// `ci` describes the project's pipeline; it only counts for CI metrics when enabled.
    public var ciEnabled: Bool { ci?.enabled == true }
}

public enum DockerfileType: String, CaseIterable, Sendable { case production, test, both }

public struct DockerSetup: Equatable, Sendable {
    public var dockerfileType: DockerfileType?
    public var multiStage: Bool?
    public var nonRoot: Bool?
    public var minimalBase: Bool?
    public var secretsFree: Bool?
    public var baseImage: String?
    public var healthcheck: Bool?
    public var compose: Bool?
    public var volumes: Bool?
    public var imageSizeMB: Double?
    public var buildContextMB: Double?
    public var layers: Int?
    public var buildTimeUncachedS: Double?
    public var buildTimeCachedS: Double?
    public var startupTimeS: Double?
    public var healthCheckLatencyMs: Double?
    public var cacheHitRate: Double?
    public var platforms: [String]?
    public var vulnerabilities: VulnerabilityScan?
    public var registry: RegistryUsage?
    public var automatedReleases: Bool?
    public var monitoring: Bool?
    /// Hadolint findings by level, from `dockledger import hadolint`.
    public var lint: LintCounts?
    public var unknownKeys: [String: JSONValue] = [:]

    public init() {}
}

/// A Trivy-style scan result; its presence means the image was scanned.
public struct VulnerabilityScan: Equatable, Sendable {
    public var critical: Int?
    public var high: Int?
    public var medium: Int?
    public var low: Int?
    public var scannedAt: String?
    public var unknownKeys: [String: JSONValue] = [:]

    public init(critical: Int? = nil, high: Int? = nil, medium: Int? = nil, low: Int? = nil, scannedAt: String? = nil) {
        self.critical = critical
        self.high = high
        self.medium = medium
        self.low = low
        self.scannedAt = scannedAt
    }
}

public struct RegistryUsage: Equatable, Sendable {
    public var name: String
    public var imagesPushed: Int?
    public var totalSizeMB: Double?
    public var unknownKeys: [String: JSONValue] = [:]

    public init(name: String, imagesPushed: Int? = nil, totalSizeMB: Double? = nil) {
        self.name = name
        self.imagesPushed = imagesPushed
        self.totalSizeMB = totalSizeMB
    }
}

public struct CISetup: Equatable, Sendable {
    public var enabled: Bool?
    public var buildx: Bool?
    public var ghaCache: Bool?
    public var coverageExtraction: Bool?
    public var multiArch: Bool?
    public var unknownKeys: [String: JSONValue] = [:]

    public init(
        enabled: Bool? = nil, buildx: Bool? = nil, ghaCache: Bool? = nil,
        coverageExtraction: Bool? = nil, multiArch: Bool? = nil
    ) {
        self.enabled = enabled
        self.buildx = buildx
        self.ghaCache = ghaCache
        self.coverageExtraction = coverageExtraction
        self.multiArch = multiArch
    }
}

// MARK: - JSON mapping

extension Project {
    init(reading r: inout ObjectReader) {
        name = r.string("name") ?? ""
        if r.raw("name") == nil { r.report("name", "is required") }
        owner = r.string("owner")
        choraBaseVersion = r.string("choraBaseVersion")
        createdAt = r.string("createdAt")
        status = r.enumeration("status", Status.self)
        docker = r.nested("docker") { DockerSetup(reading: &$0) }
        ci = r.nested("ci") { CISetup(reading: &$0) }
        repository = r.string("repository")
        sources = r.map("sources") { FactSource(reading: &$0) }
        unknownKeys = r.unknownKeys
    }

    public var json: JSONValue {
        var w = ObjectWriter(unknownKeys: unknownKeys)
        w.set("name", name)
        w.set("owner", owner)
        w.set("choraBaseVersion", choraBaseVersion)
        w.set("createdAt", createdAt)
        w.set("status", status)
        w.set("docker", json: docker?.json)
        w.set("ci", json: ci?.json)
        w.set("repository", repository)
        w.set("sources", json: sources.isEmpty ? nil : .object(sources.mapValues(\.json)))
        return w.value
    }
}

extension DockerSetup {
    init(reading r: inout ObjectReader) {
        dockerfileType = r.enumeration("dockerfileType", DockerfileType.self)
        multiStage = r.bool("multiStage")
        nonRoot = r.bool("nonRoot")
        minimalBase = r.bool("minimalBase")
        secretsFree = r.bool("secretsFree")
        baseImage = r.string("baseImage")
        healthcheck = r.bool("healthcheck")
        compose = r.bool("compose")
        volumes = r.bool("volumes")
        imageSizeMB = r.number("imageSizeMB")
        buildContextMB = r.number("buildContextMB")
        layers = r.integer("layers")
        buildTimeUncachedS = r.number("buildTimeUncachedS")
        buildTimeCachedS = r.number("buildTimeCachedS")
        startupTimeS = r.number("startupTimeS")
        healthCheckLatencyMs = r.number("healthCheckLatencyMs")
        cacheHitRate = r.number("cacheHitRate")
        platforms = r.strings("platforms")
        vulnerabilities = r.nested("vulnerabilities") { VulnerabilityScan(reading: &$0) }
        registry = r.nested("registry") { RegistryUsage(reading: &$0) }
        automatedReleases = r.bool("automatedReleases")
        monitoring = r.bool("monitoring")
        lint = r.nested("lint") { LintCounts(reading: &$0) }
        unknownKeys = r.unknownKeys
    }

    public var json: JSONValue {
        var w = ObjectWriter(unknownKeys: unknownKeys)
        w.set("dockerfileType", dockerfileType)
        w.set("multiStage", multiStage)
        w.set("nonRoot", nonRoot)
        w.set("minimalBase", minimalBase)
        w.set("secretsFree", secretsFree)
        w.set("baseImage", baseImage)
        w.set("healthcheck", healthcheck)
        w.set("compose", compose)
        w.set("volumes", volumes)
        w.set("imageSizeMB", imageSizeMB)
        w.set("buildContextMB", buildContextMB)
        w.set("layers", layers)
        w.set("buildTimeUncachedS", buildTimeUncachedS)
        w.set("buildTimeCachedS", buildTimeCachedS)
        w.set("startupTimeS", startupTimeS)
        w.set("healthCheckLatencyMs", healthCheckLatencyMs)
        w.set("cacheHitRate", cacheHitRate)
        w.set("platforms", platforms)
        w.set("vulnerabilities", json: vulnerabilities?.json)
        w.set("registry", json: registry?.json)
        w.set("automatedReleases", automatedReleases)
        w.set("monitoring", monitoring)
        w.set("lint", json: lint?.json)
        return w.value
    }
}

extension VulnerabilityScan {
    init(reading r: inout ObjectReader) {
        critical = r.integer("critical")
        high = r.integer("high")
        medium = r.integer("medium")
        low = r.integer("low")
        scannedAt = r.string("scannedAt")
        unknownKeys = r.unknownKeys
    }

    public var json: JSONValue {
        var w = ObjectWriter(unknownKeys: unknownKeys)
        w.set("critical", critical)
        w.set("high", high)
        w.set("medium", medium)
        w.set("low", low)
        w.set("scannedAt", scannedAt)
        return w.value
    }
}

extension RegistryUsage {
    init(reading r: inout ObjectReader) {
        name = r.string("name") ?? ""
        if r.raw("name") == nil { r.report("name", "is required when a registry is given") }
        imagesPushed = r.integer("imagesPushed")
        totalSizeMB = r.number("totalSizeMB")
        unknownKeys = r.unknownKeys
    }

    public var json: JSONValue {
        var w = ObjectWriter(unknownKeys: unknownKeys)
        w.set("name", name)
        w.set("imagesPushed", imagesPushed)
        w.set("totalSizeMB", totalSizeMB)
        return w.value
    }
}

extension CISetup {
    init(reading r: inout ObjectReader) {
        enabled = r.bool("enabled")
        buildx = r.bool("buildx")
        ghaCache = r.bool("ghaCache")
        coverageExtraction = r.bool("coverageExtraction")
        multiArch = r.bool("multiArch")
        unknownKeys = r.unknownKeys
    }

    public var json: JSONValue {
        var w = ObjectWriter(unknownKeys: unknownKeys)
        w.set("enabled", enabled)
        w.set("buildx", buildx)
        w.set("ghaCache", ghaCache)
        w.set("coverageExtraction", coverageExtraction)
        w.set("multiArch", multiArch)
        return w.value
    }
}
