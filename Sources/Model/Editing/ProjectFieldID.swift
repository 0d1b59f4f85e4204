/// What a project field is: one case per row of `ProjectField.all`, in its order (the form's,
/// the detail's and `project set --help`'s). `ProjectField[id]` is the row; the table's switch
/// has no `default`, so a new case does not compile until it has one, and a misspelt id does not
/// compile at all. The raw value is the field's JSON path inside the project, read through
/// `path`: text for the file, `sources` and messages, never compared to find a field in code.
public enum ProjectFieldID: String, CaseIterable, Sendable {
    case name, owner, choraBaseVersion, createdAt, status
    case usesDocker = "docker"
    case dockerfileType = "docker.dockerfileType"
    case multiStage = "docker.multiStage"
    case nonRoot = "docker.nonRoot"
    case minimalBase = "docker.minimalBase"
    case secretsFree = "docker.secretsFree"
    case baseImage = "docker.baseImage"
    case healthcheck = "docker.healthcheck"
    case compose = "docker.compose"
    case volumes = "docker.volumes"
    case platforms = "docker.platforms"
    case imageSizeMB = "docker.imageSizeMB"
    case buildContextMB = "docker.buildContextMB"
    case layers = "docker.layers"
    case buildTimeUncachedS = "docker.buildTimeUncachedS"
    case buildTimeCachedS = "docker.buildTimeCachedS"
    case startupTimeS = "docker.startupTimeS"
    case healthCheckLatencyMs = "docker.healthCheckLatencyMs"
    case cacheHitRate = "docker.cacheHitRate"
    case vulnsCritical = "docker.vulnerabilities.critical"
    case vulnsHigh = "docker.vulnerabilities.high"
    case vulnsMedium = "docker.vulnerabilities.medium"
    case vulnsLow = "docker.vulnerabilities.low"
    case scannedAt = "docker.vulnerabilities.scannedAt"
    case registryName = "docker.registry.name"
    case imagesPushed = "docker.registry.imagesPushed"
    case registrySizeMB = "docker.registry.totalSizeMB"
    case automatedReleases = "docker.automatedReleases"
    case monitoring = "docker.monitoring"
    case ciEnabled = "ci.enabled"
    case buildx = "ci.buildx"
    case ghaCache = "ci.ghaCache"
    case coverageExtraction = "ci.coverageExtraction"
    case multiArch = "ci.multiArch"

    /// The field's JSON path inside a project (`docker.nonRoot`).
    public var path: String { rawValue }

    /// The field at a JSON path inside a project, if one is there.
    public init?(path: String) { self.init(rawValue: path) }

    /// Each id's place in `allCases`, which is its row's place in `ProjectField.all`.
    static let positions = Dictionary(uniqueKeysWithValues: allCases.enumerated().map { ($1, $0) })
}
