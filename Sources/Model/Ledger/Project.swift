/// One project of the organisation and its Docker facts. Every measurement is optional:
/// absent means unknown, which is never counted as zero.
///
/// A project's fields live in one shared box, copied only when a copy that shares it is
/// changed (copy on write, as arrays do): copying `[Project]`, which an edit of one project
/// does while the previous version is still kept (undo, the unsaved edits, the screen being
/// replaced), costs one reference per project instead of copying every project's fields.
public struct Project: Equatable, Sendable {
    public enum Status: String, CaseIterable, Sendable { case active, archived }

    private var storage: Storage

    public var name: String {
        get { storage.fields.name }
        _modify {
            makeUnique()
            yield &storage.fields.name
        }
    }
    public var owner: String? {
        get { storage.fields.owner }
        _modify {
            makeUnique()
            yield &storage.fields.owner
        }
    }
    public var choraBaseVersion: String? {
        get { storage.fields.choraBaseVersion }
        _modify {
            makeUnique()
            yield &storage.fields.choraBaseVersion
        }
    }
    public var createdAt: String? {
        get { storage.fields.createdAt }
        _modify {
            makeUnique()
            yield &storage.fields.createdAt
        }
    }
    public var status: Status? {
        get { storage.fields.status }
        _modify {
            makeUnique()
            yield &storage.fields.status
        }
    }
    public var docker: DockerSetup? {
        get { storage.fields.docker }
        _modify {
            makeUnique()
            yield &storage.fields.docker
        }
    }
    public var ci: CISetup? {
        get { storage.fields.ci }
        _modify {
            makeUnique()
            yield &storage.fields.ci
        }
    }
    /// The folder the project was scanned from (`dockledger scan`).
    public var repository: String? {
        get { storage.fields.repository }
        _modify {
            makeUnique()
            yield &storage.fields.repository
        }
    }
    /// Field path (`docker.multiStage`) → where its value came from.
    public var sources: [String: FactSource] {
        get { storage.fields.sources }
        _modify {
            makeUnique()
            yield &storage.fields.sources
        }
    }
    public var unknownKeys: [String: JSONValue] {
        get { storage.fields.unknownKeys }
        _modify {
            makeUnique()
            yield &storage.fields.unknownKeys
        }
    }

    public init(
        name: String, owner: String? = nil, choraBaseVersion: String? = nil, createdAt: String? = nil,
        status: Status? = nil, docker: DockerSetup? = nil, ci: CISetup? = nil
    ) {
        storage = Storage(
            Fields(
                name: name, owner: owner, choraBaseVersion: choraBaseVersion, createdAt: createdAt, status: status,
                docker: docker, ci: ci))
    }

    /// Archived projects are shown but not counted.
    public var isActive: Bool { status != .archived }

    /// `ci` describes the project's pipeline; it only counts for CI metrics when enabled.
    public var ciEnabled: Bool { ci?.enabled == true }

    /// Equal fields; two copies of one project (the usual case after an edit of another
    /// project) are equal without reading them.
    public static func == (lhs: Project, rhs: Project) -> Bool {
        lhs.storage === rhs.storage || lhs.storage.fields == rhs.storage.fields
    }

    /// Before a change: a box another copy still holds is copied first, so that copy keeps
    /// the old value.
    private mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
    }

    private struct Fields: Equatable {
        var name: String
        var owner: String?
        var choraBaseVersion: String?
        var createdAt: String?
        var status: Status?
        var docker: DockerSetup?
        var ci: CISetup?
        var repository: String?
        var sources: [String: FactSource] = [:]
        var unknownKeys: [String: JSONValue] = [:]
    }

    /// Changed only through `makeUnique`, so only by its one holder: sharing it between
    /// threads is as safe as sharing any value. Its field is read without exclusivity checks
    /// (there is no other access to overlap), which keeps reading a project as cheap as before.
    private final class Storage: @unchecked Sendable {
        @exclusivity(unchecked) var fields: Fields

        init(_ fields: Fields) { self.fields = fields }
    }
}

extension Project: CustomReflectable {
    /// The fields, as a plain struct shows them (not the box): for `dump`, debuggers and the
    /// tests that list a project's properties.
    public var customMirror: Mirror {
        Mirror(self, children: Mirror(reflecting: storage.fields).children, displayStyle: .struct)
    }
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
        self.init(name: r.string("name") ?? "")
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
