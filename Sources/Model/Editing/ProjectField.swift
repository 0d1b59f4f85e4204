import Foundation

/// Every editable field of a project, in one table: the edit form draws one line per entry and
/// `project add|set` takes one option per entry, so both always cover the whole file format.
/// A field's `id` is its JSON path inside the project, so validation messages find their field.
public struct ProjectField: Sendable {
    public enum Kind: Sendable, Equatable {
        case text
        /// Required text (the name).
        case requiredText
        case day
        case choice([String])
        /// true / false / unknown
        case flag
        case number
        case wholeNumber
        /// A fraction 0...1; "86%" is accepted too.
        case rate
        /// Comma-separated values.
        case list
    }

    public enum Group: String, Sendable, CaseIterable {
        case project = "Project"
        case docker = "Docker"
        case measurements = "Measurements"
        case security = "Security scan"
        case registry = "Registry & release"
        case ci = "CI"

        /// Groups of Docker facts (`docker.*` in the file), which apply only while the project uses Docker.
        public var isDockerSetup: Bool {
            switch self {
            case .docker, .measurements, .security, .registry: true
            case .project, .ci: false
            }
        }
    }

    public let id: String
    public let label: String
    public let group: Group
    public let kind: Kind
    /// The option name of `project add|set`, e.g. `image-size-mb`.
    public let option: String
    let read: @Sendable (Project) -> String
    let write: @Sendable (inout Project, String) throws(FieldError) -> Void

    /// A fact of the Docker setup: shown, set and kept only while the project uses Docker.
    public var needsDocker: Bool { group.isDockerSetup && id != Self.usesDocker.id }

    /// The field's value as text; empty means unknown.
    public func text(of project: Project) -> String { read(project) }

    /// Parses `text` into the project; empty text makes the value unknown.
    public func set(_ text: String, in project: inout Project) throws(FieldError) {
        try write(&project, text.trimmingCharacters(in: .whitespaces))
    }
}

/// Why a field's text could not be taken, worded to be shown beside the field.
public struct FieldError: Error, Equatable, Sendable, CustomStringConvertible {
    public let reason: String
    public init(_ reason: String) { self.reason = reason }
    public var description: String { reason }
}

extension ProjectField {
    public static func named(_ id: String) -> ProjectField? { all.first { $0.id == id } }
    public static func forOption(_ option: String) -> ProjectField? { all.first { $0.option == option } }

    /// The field a validation path such as `projects[3].docker.imageSizeMB` points at.
    public static func forDiagnosticPath(_ path: String) -> ProjectField? {
        guard let dot = path.firstIndex(of: "]").map({ path.index(after: $0) }), dot < path.endIndex else { return nil }
        var rest = String(path[path.index(after: dot)...])
        // platforms[1] belongs to the platforms field.
        if let bracket = rest.firstIndex(of: "[") { rest = String(rest[..<bracket]) }
        return named(rest)
    }

    /// The project's name: required, and the CLI's argument rather than an option.
    public static let name = ProjectField(
        id: "name", label: "Name", group: .project, kind: .requiredText, option: "name",
        read: { $0.name }, write: { p, t throws(FieldError) in p.name = t })

    /// The "Uses Docker" switch: in the Docker group, but the one field that is not a Docker fact.
    /// Docker is there or not: no "unknown" for this one.
    public static let usesDocker = ProjectField(
        id: "docker", label: "Uses Docker", group: .docker, kind: .choice(["no", "yes"]), option: "docker",
        read: { $0.docker == nil ? "no" : "yes" },
        write: { p, t throws(FieldError) in
            switch try parseFlag(t) {
            case true?: if p.docker == nil { p.docker = DockerSetup() }
            default: p.docker = nil
            }
        })

    public static let all: [ProjectField] = [
        name,
        text("owner", "Owner (team)", .project, "owner", \.owner),
        text("choraBaseVersion", "chora-base version", .project, "chora-base-version", \.choraBaseVersion),
        ProjectField(
            id: "createdAt", label: "Created", group: .project, kind: .day, option: "created-at",
            read: { $0.createdAt ?? "" }, write: { p, t throws(FieldError) in p.createdAt = try parseDay(t) }),
        ProjectField(
            id: "status", label: "Status", group: .project, kind: .choice(["active", "archived"]), option: "status",
            read: { $0.status?.rawValue ?? "active" },
            write: { p, t throws(FieldError) in
                // Absent already means active: keep the file as it was.
                let v = try parseChoice(t, Project.Status.self)
                p.status = v == .active && p.status == nil ? nil : v
            }),
        usesDocker,
        ProjectField(
            id: "docker.dockerfileType", label: "Dockerfile type", group: .docker,
            kind: .choice([""] + DockerfileType.allCases.map(\.rawValue)), option: "dockerfile-type",
            read: { $0.docker?.dockerfileType?.rawValue ?? "" },
            write: { p, t throws(FieldError) in
                let v = try parseChoice(t, DockerfileType.self)
                p.editDocker { $0.dockerfileType = v }
            }),
        flag("docker.multiStage", "Multi-stage build", .docker, "multi-stage", \.multiStage),
        flag("docker.nonRoot", "Runs as non-root", .docker, "non-root", \.nonRoot),
        flag("docker.minimalBase", "Minimal base image", .docker, "minimal-base", \.minimalBase),
        flag("docker.secretsFree", "No secrets in image", .docker, "secrets-free", \.secretsFree),
        dockerText("docker.baseImage", "Base image", .docker, "base-image", \.baseImage),
        flag("docker.healthcheck", "HEALTHCHECK", .docker, "healthcheck", \.healthcheck),
        flag("docker.compose", "docker-compose", .docker, "compose", \.compose),
        flag("docker.volumes", "Volume management", .docker, "volumes", \.volumes),
        ProjectField(
            id: "docker.platforms", label: "Platforms", group: .docker, kind: .list, option: "platforms",
            read: { $0.docker?.platforms?.joined(separator: ", ") ?? "" },
            write: { p, t throws(FieldError) in
                let list =
                    t.isEmpty
                    ? nil
                    : t.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                // "," names no platform; clearing is an empty value, not an empty list.
                if list?.isEmpty == true { throw FieldError("no platform in \"\(t)\" (e.g. linux/amd64, linux/arm64)") }
                p.editDocker { $0.platforms = list }
            }),
        number("docker.imageSizeMB", "Image size (MB)", .measurements, "image-size-mb", \.imageSizeMB),
        number("docker.buildContextMB", "Build context (MB)", .measurements, "build-context-mb", \.buildContextMB),
        whole("docker.layers", "Layers", .measurements, "layers", \.layers),
        number(
            "docker.buildTimeUncachedS", "Build time uncached (s)", .measurements, "build-time-uncached-s",
            \.buildTimeUncachedS),
        number(
            "docker.buildTimeCachedS", "Build time cached (s)", .measurements, "build-time-cached-s", \.buildTimeCachedS
        ),
        number("docker.startupTimeS", "Startup time (s)", .measurements, "startup-time-s", \.startupTimeS),
        number(
            "docker.healthCheckLatencyMs", "Health check latency (ms)", .measurements, "health-check-latency-ms",
            \.healthCheckLatencyMs),
        ProjectField(
            id: "docker.cacheHitRate", label: "Cache hit rate (0-1)", group: .measurements, kind: .rate,
            option: "cache-hit-rate",
            read: { $0.docker?.cacheHitRate.map { JSONWriter.format(number: $0) } ?? "" },
            write: { p, t throws(FieldError) in
                let v = try parseRate(t)
                p.editDocker { $0.cacheHitRate = v }
            }),
        scanCount("docker.vulnerabilities.critical", "CRITICAL", "vulns-critical", \.critical),
        scanCount("docker.vulnerabilities.high", "HIGH", "vulns-high", \.high),
        scanCount("docker.vulnerabilities.medium", "MEDIUM", "vulns-medium", \.medium),
        scanCount("docker.vulnerabilities.low", "LOW", "vulns-low", \.low),
        ProjectField(
            id: "docker.vulnerabilities.scannedAt", label: "Scanned on", group: .security, kind: .day,
            option: "scanned-at",
            read: { $0.docker?.vulnerabilities?.scannedAt ?? "" },
            write: { p, t throws(FieldError) in
                let v = try parseDay(t)
                p.editScan { $0.scannedAt = v }
            }),
        ProjectField(
            id: "docker.registry.name", label: "Registry", group: .registry, kind: .text, option: "registry",
            read: { $0.docker?.registry?.name ?? "" },
            write: { p, t throws(FieldError) in p.editRegistry { $0.name = t } }),
        ProjectField(
            id: "docker.registry.imagesPushed", label: "Images pushed", group: .registry, kind: .wholeNumber,
            option: "images-pushed",
            read: { $0.docker?.registry?.imagesPushed.map(String.init) ?? "" },
            write: { p, t throws(FieldError) in
                let v = try parseWhole(t)
                p.editRegistry { $0.imagesPushed = v }
            }),
        ProjectField(
            id: "docker.registry.totalSizeMB", label: "Registry size (MB)", group: .registry, kind: .number,
            option: "registry-size-mb",
            read: { $0.docker?.registry?.totalSizeMB.map { JSONWriter.format(number: $0) } ?? "" },
            write: { p, t throws(FieldError) in
                let v = try parseNumber(t)
                p.editRegistry { $0.totalSizeMB = v }
            }),
        flag("docker.automatedReleases", "Automated releases", .registry, "automated-releases", \.automatedReleases),
        flag("docker.monitoring", "Monitoring", .registry, "monitoring", \.monitoring),
        ciFlag("ci.enabled", "CI enabled", "ci", \.enabled),
        ciFlag("ci.buildx", "Docker Buildx", "buildx", \.buildx),
        ciFlag("ci.ghaCache", "GHA cache", "gha-cache", \.ghaCache),
        ciFlag("ci.coverageExtraction", "Coverage extraction", "coverage-extraction", \.coverageExtraction),
        ciFlag("ci.multiArch", "Multi-arch builds", "multi-arch", \.multiArch),
    ]
}

// MARK: - Field builders

extension ProjectField {
    private static func text(
        _ id: String, _ label: String, _ group: Group, _ option: String,
        _ key: WritableKeyPath<Project, String?> & Sendable
    ) -> ProjectField {
        ProjectField(
            id: id, label: label, group: group, kind: .text, option: option,
            read: { $0[keyPath: key] ?? "" },
            write: { p, t throws(FieldError) in p[keyPath: key] = t.isEmpty ? nil : t })
    }

    private static func dockerText(
        _ id: String, _ label: String, _ group: Group, _ option: String,
        _ key: WritableKeyPath<DockerSetup, String?> & Sendable
    ) -> ProjectField {
        ProjectField(
            id: id, label: label, group: group, kind: .text, option: option,
            read: { $0.docker?[keyPath: key] ?? "" },
            write: { p, t throws(FieldError) in p.editDocker { $0[keyPath: key] = t.isEmpty ? nil : t } })
    }

    private static func flag(
        _ id: String, _ label: String, _ group: Group, _ option: String,
        _ key: WritableKeyPath<DockerSetup, Bool?> & Sendable
    ) -> ProjectField {
        ProjectField(
            id: id, label: label, group: group, kind: .flag, option: option,
            read: { flagText($0.docker?[keyPath: key]) },
            write: { p, t throws(FieldError) in
                let v = try parseFlag(t)
                p.editDocker { $0[keyPath: key] = v }
            })
    }

    private static func number(
        _ id: String, _ label: String, _ group: Group, _ option: String,
        _ key: WritableKeyPath<DockerSetup, Double?> & Sendable
    ) -> ProjectField {
        ProjectField(
            id: id, label: label, group: group, kind: .number, option: option,
            read: { $0.docker?[keyPath: key].map { JSONWriter.format(number: $0) } ?? "" },
            write: { p, t throws(FieldError) in
                let v = try parseNumber(t)
                p.editDocker { $0[keyPath: key] = v }
            })
    }

    private static func whole(
        _ id: String, _ label: String, _ group: Group, _ option: String,
        _ key: WritableKeyPath<DockerSetup, Int?> & Sendable
    ) -> ProjectField {
        ProjectField(
            id: id, label: label, group: group, kind: .wholeNumber, option: option,
            read: { $0.docker?[keyPath: key].map(String.init) ?? "" },
            write: { p, t throws(FieldError) in
                let v = try parseWhole(t)
                p.editDocker { $0[keyPath: key] = v }
            })
    }

    private static func scanCount(
        _ id: String, _ label: String, _ option: String,
        _ key: WritableKeyPath<VulnerabilityScan, Int?> & Sendable
    ) -> ProjectField {
        ProjectField(
            id: id, label: label, group: .security, kind: .wholeNumber, option: option,
            read: { $0.docker?.vulnerabilities?[keyPath: key].map(String.init) ?? "" },
            write: { p, t throws(FieldError) in
                let v = try parseWhole(t)
                p.editScan { $0[keyPath: key] = v }
            })
    }

    private static func ciFlag(
        _ id: String, _ label: String, _ option: String,
        _ key: WritableKeyPath<CISetup, Bool?> & Sendable
    ) -> ProjectField {
        ProjectField(
            id: id, label: label, group: .ci, kind: .flag, option: option,
            read: { flagText($0.ci?[keyPath: key]) },
            write: { p, t throws(FieldError) in
                let v = try parseFlag(t)
                var ci = p.ci ?? CISetup()
                ci[keyPath: key] = v
                p.ci = ci.isEmpty ? nil : ci
            })
    }

    static func flagText(_ value: Bool?) -> String {
        switch value {
        case true?: "yes"
        case false?: "no"
        case nil: ""
        }
    }
}

// MARK: - Parsing field text

extension ProjectField {
    static func parseFlag(_ t: String) throws(FieldError) -> Bool? {
        switch t.lowercased() {
        case "": return nil
        case "yes", "y", "true", "on", "1": return true
        case "no", "n", "false", "off", "0": return false
        case "unknown", "?", "-": return nil
        default: throw FieldError("must be yes, no or empty (unknown), got \"\(t)\"")
        }
    }

    /// Numbers as a person writes them: `1000`, `1000.5`, `-3`. Not `1e3` (a typo of a size
    /// reads as a huge one), not `1,000` (a comma is a decimal point in half the world), not
    /// `0x10`, `inf` or `nan`, all of which Double() alone would take.
    static func parseNumber(_ t: String) throws(FieldError) -> Double? {
        if t.isEmpty { return nil }
        if t.contains(",") { throw FieldError("write the number without separators (1000 or 1000.5), got \"\(t)\"") }
        guard isDecimal(t), !t.contains(where: { $0 == "e" || $0 == "E" }), let v = Double(t), v.isFinite else {
            throw FieldError("not a number: \"\(t)\"")
        }
        return v
    }

    /// `-12`, `3.5`, `1e3`: an optional sign, digits, an optional fraction and exponent.
    static func isDecimal(_ t: String) -> Bool {
        var rest = Substring(t)
        func digits() -> Int {
            let n = rest.prefix { $0.isASCII && $0.isNumber }.count
            rest = rest.dropFirst(n)
            return n
        }
        if rest.first == "-" || rest.first == "+" { rest = rest.dropFirst() }
        var count = digits()
        if rest.first == "." {
            rest = rest.dropFirst()
            count += digits()
        }
        guard count > 0 else { return false }
        if rest.first == "e" || rest.first == "E" {
            rest = rest.dropFirst()
            if rest.first == "-" || rest.first == "+" { rest = rest.dropFirst() }
            guard digits() > 0 else { return false }
        }
        return rest.isEmpty
    }

    static func parseWhole(_ t: String) throws(FieldError) -> Int? {
        if t.isEmpty { return nil }
        guard let v = Int(t) else { throw FieldError("not a whole number: \"\(t)\"") }
        return v
    }

    static func parseRate(_ t: String) throws(FieldError) -> Double? {
        if t.hasSuffix("%") {
            // A lone "%" is a mistake, not a request to clear the field.
            guard let v = try parseNumber(String(t.dropLast()).trimmingCharacters(in: .whitespaces)) else {
                throw FieldError("not a percentage: \"\(t)\"")
            }
            return v / 100
        }
        return try parseNumber(t)
    }

    static func parseDay(_ t: String) throws(FieldError) -> String? {
        if t.isEmpty { return nil }
        guard ISODate.isDay(t) else { throw FieldError("must be a date YYYY-MM-DD, got \"\(t)\"") }
        return t
    }

    static func parseChoice<E: RawRepresentable & CaseIterable>(_ t: String, _: E.Type) throws(FieldError) -> E?
    where E.RawValue == String {
        if t.isEmpty { return nil }
        guard let v = E(rawValue: t.lowercased()) else {
            throw FieldError("must be one of \(E.allCases.map(\.rawValue).joined(separator: ", ")), got \"\(t)\"")
        }
        return v
    }
}

// MARK: - Editing nested optional groups

extension Project {
    /// Edits the docker group, creating it when a Docker fact is given.
    mutating func editDocker(_ change: (inout DockerSetup) -> Void) {
        var docker = self.docker ?? DockerSetup()
        change(&docker)
        self.docker = docker
    }

    /// Edits the scan, creating it on the first count and dropping it when every value is unknown.
    mutating func editScan(_ change: (inout VulnerabilityScan) -> Void) {
        editDocker { d in
            var scan = d.vulnerabilities ?? VulnerabilityScan()
            change(&scan)
            d.vulnerabilities = scan.isEmpty ? nil : scan
        }
    }

    /// Edits the registry; a registry without a name and without figures is no registry.
    mutating func editRegistry(_ change: (inout RegistryUsage) -> Void) {
        editDocker { d in
            var registry = d.registry ?? RegistryUsage(name: "")
            change(&registry)
            d.registry = registry.isEmpty ? nil : registry
        }
    }
}

// "Empty" is "equal to a fresh value", not a list of fields: a field added to the struct counts
// at once, so setting only that field can never discard the group.

extension VulnerabilityScan {
    var isEmpty: Bool { self == VulnerabilityScan() }
}

extension RegistryUsage {
    var isEmpty: Bool { self == RegistryUsage(name: "") }
}

extension CISetup {
    var isEmpty: Bool { self == CISetup() }
}
