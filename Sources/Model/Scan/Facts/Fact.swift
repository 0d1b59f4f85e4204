/// The project fields scans and imports can fill, named by their path in the ledger file.
public enum FactField: String, CaseIterable, Sendable {
    case docker
    case dockerfileType = "docker.dockerfileType"
    case multiStage = "docker.multiStage"
    case baseImage = "docker.baseImage"
    case minimalBase = "docker.minimalBase"
    case nonRoot = "docker.nonRoot"
    case healthcheck = "docker.healthcheck"
    case secretsFree = "docker.secretsFree"
    case compose = "docker.compose"
    case volumes = "docker.volumes"
    case ciEnabled = "ci.enabled"
    case buildx = "ci.buildx"
    case ghaCache = "ci.ghaCache"
    case platforms = "docker.platforms"
    case multiArch = "ci.multiArch"
    case registryName = "docker.registry.name"
    case automatedReleases = "docker.automatedReleases"
    case vulnerabilities = "docker.vulnerabilities"
    case imageSizeMB = "docker.imageSizeMB"
    case layers = "docker.layers"
    case lint = "docker.lint"

    /// The short name used in messages: `nonRoot`, `registry.name`, `ci.enabled`.
    public var label: String { rawValue.hasPrefix("docker.") ? String(rawValue.dropFirst(7)) : rawValue }

    /// Fields inside the `docker` group need a project that uses Docker.
    var isDockerField: Bool {
        switch self {
        case .docker, .ciEnabled, .buildx, .ghaCache, .multiArch: false
        case .dockerfileType, .multiStage, .baseImage, .minimalBase, .nonRoot, .healthcheck, .secretsFree, .compose,
            .volumes, .platforms, .registryName, .automatedReleases, .vulnerabilities, .imageSizeMB, .layers, .lint:
            true
        }
    }
}

/// A fact's value.
public enum FactValue: Equatable, Sendable, CustomStringConvertible {
    case flag(Bool)
    case text(String)
    case list([String])
    case number(Double)
    case count(Int)
    case vulnerabilities(VulnerabilityScan)
    case lint(LintCounts)

    public var description: String {
        switch self {
        case .flag(let b): b ? "true" : "false"
        case .text(let s): s
        case .list(let items): items.joined(separator: ",")
        case .number(let n): JSONWriter.format(number: n)
        case .count(let n): String(n)
        case .vulnerabilities(let v):
            "critical \(v.critical ?? 0), high \(v.high ?? 0), medium \(v.medium ?? 0), low \(v.low ?? 0)"
        case .lint(let l):
            "error \(l.error ?? 0), warning \(l.warning ?? 0), info \(l.info ?? 0), style \(l.style ?? 0)"
        }
    }

    /// The value when it is of that kind (nil otherwise), for a field that takes only one kind.
    var flag: Bool? { if case .flag(let v) = self { v } else { nil } }
    var text: String? { if case .text(let v) = self { v } else { nil } }
    var list: [String]? { if case .list(let v) = self { v } else { nil } }
    var number: Double? { if case .number(let v) = self { v } else { nil } }
    var count: Int? { if case .count(let v) = self { v } else { nil } }
    var vulnerabilities: VulnerabilityScan? { if case .vulnerabilities(let v) = self { v } else { nil } }
    var lint: LintCounts? { if case .lint(let v) = self { v } else { nil } }

    public var json: JSONValue {
        switch self {
        case .flag(let b): .bool(b)
        case .text(let s): .string(s)
        case .list(let items): .array(items.map(JSONValue.string))
        case .number(let n): .number(n)
        case .count(let n): .number(Double(n))
        case .vulnerabilities(let v): v.json
        case .lint(let l): l.json
        }
    }
}

/// One fact found, with the place that states it (nil: no single place, e.g. "no compose file").
public struct Fact: Equatable, Sendable {
    public let field: FactField
    public let value: FactValue
    public let location: SourceLocation?

    public init(_ field: FactField, _ value: FactValue, at location: SourceLocation?) {
        self.field = field
        self.value = value
        self.location = location
    }
}
