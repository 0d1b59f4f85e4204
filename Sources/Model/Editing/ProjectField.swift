import Foundation

/// Every editable field of a project, in one table: the edit form draws one line per entry and
/// `project add|set` takes one option per entry, so both always cover the whole file format.
/// A field is named in code by its `id` (`ProjectField[.nonRoot]`); its JSON path inside the
/// project (`path`, `docker.nonRoot`) is text for the file, `sources` and messages.
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

    public let id: ProjectFieldID
    public let label: String
    public let group: Group
    public let kind: Kind
    /// The option name of `project add|set`, e.g. `image-size-mb`.
    public let option: String
    let read: @Sendable (Project) -> String
    let write: @Sendable (inout Project, String) throws(FieldError) -> Void

    /// A fact of the Docker setup: shown, set and kept only while the project uses Docker.
    public var needsDocker: Bool { group.isDockerSetup && id != .usesDocker }

    /// The field's JSON path inside a project (`docker.vulnerabilities.high`), as the file,
    /// validation messages and the project's `sources` write it.
    public var path: String { id.path }

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
    /// The field of an id.
    public static subscript(_ id: ProjectFieldID) -> ProjectField { all[ProjectFieldID.positions[id]!] }

    /// The field whose `project add|set` option is `option` (`image-size-mb`).
    public static func forOption(_ option: String) -> ProjectField? { all.first { $0.option == option } }

    /// The field a validation path such as `projects[3].docker.imageSizeMB` points at.
    public static func forDiagnosticPath(_ path: String) -> ProjectField? {
        guard let dot = path.firstIndex(of: "]").map({ path.index(after: $0) }), dot < path.endIndex else { return nil }
        var rest = String(path[path.index(after: dot)...])
        // platforms[1] belongs to the platforms field.
        if let bracket = rest.firstIndex(of: "[") { rest = String(rest[..<bracket]) }
        return ProjectFieldID(path: rest).map { self[$0] }
    }

    /// Every field, in the order of `ProjectFieldID`'s cases.
    public static let all: [ProjectField] = ProjectFieldID.allCases.map(row)

    /// The row of each id: no `default`, so a new id does not compile until it has one.
    private static func row(_ id: ProjectFieldID) -> ProjectField {
        switch id {
        // The project's name: required, and the CLI's argument rather than an option.
        case .name:
            ProjectField(
                id: id, label: "Name", group: .project, kind: .requiredText, option: "name",
                read: { $0.name }, write: { p, t throws(FieldError) in p.name = t })
        case .owner: text(id, "Owner (team)", .project, "owner", \.owner)
        case .choraBaseVersion: text(id, "chora-base version", .project, "chora-base-version", \.choraBaseVersion)
        case .createdAt:
            ProjectField(
                id: id, label: "Created", group: .project, kind: .day, option: "created-at",
                read: { $0.createdAt ?? "" }, write: { p, t throws(FieldError) in p.createdAt = try parseDay(t) })
        case .status:
            ProjectField(
                id: id, label: "Status", group: .project, kind: .choice(["active", "archived"]), option: "status",
                read: { $0.status?.rawValue ?? "active" },
                write: { p, t throws(FieldError) in
                    // Absent already means active: keep the file as it was.
                    let v = try parseChoice(t, Project.Status.self)
                    p.status = v == .active && p.status == nil ? nil : v
                })
        // The "Uses Docker" switch: in the Docker group, but the one field that is not a Docker fact.
        // Docker is there or not: no "unknown" for this one.
        case .usesDocker:
            ProjectField(
                id: id, label: "Uses Docker", group: .docker, kind: .choice(["no", "yes"]), option: "docker",
                read: { $0.docker == nil ? "no" : "yes" },
                write: { p, t throws(FieldError) in
                    if try parseFlag(t) == true {
                        if p.docker == nil { p.docker = DockerSetup() }
                    } else {
                        p.docker = nil
                    }
                })
        case .dockerfileType:
            ProjectField(
                id: id, label: "Dockerfile type", group: .docker,
                kind: .choice([""] + DockerfileType.allCases.map(\.rawValue)), option: "dockerfile-type",
                read: { $0.docker?.dockerfileType?.rawValue ?? "" },
                write: { p, t throws(FieldError) in
                    let v = try parseChoice(t, DockerfileType.self)
                    p.editDocker { $0.dockerfileType = v }
                })
        case .multiStage: flag(id, "Multi-stage build", .docker, "multi-stage", \.multiStage)
        case .nonRoot: flag(id, "Runs as non-root", .docker, "non-root", \.nonRoot)
        case .minimalBase: flag(id, "Minimal base image", .docker, "minimal-base", \.minimalBase)
        case .secretsFree: flag(id, "No secrets in image", .docker, "secrets-free", \.secretsFree)
        case .baseImage: dockerText(id, "Base image", .docker, "base-image", \.baseImage)
        case .healthcheck: flag(id, "HEALTHCHECK", .docker, "healthcheck", \.healthcheck)
        case .compose: flag(id, "docker-compose", .docker, "compose", \.compose)
        case .volumes: flag(id, "Volume management", .docker, "volumes", \.volumes)
        case .platforms:
            ProjectField(
                id: id, label: "Platforms", group: .docker, kind: .list, option: "platforms",
                read: { $0.docker?.platforms?.joined(separator: ", ") ?? "" },
                write: { p, t throws(FieldError) in
                    let list =
                        t.isEmpty
                        ? nil
                        : t.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                    // "," names no platform; clearing is an empty value, not an empty list.
                    if list?.isEmpty == true {
                        throw FieldError("no platform in \"\(t)\" (e.g. linux/amd64, linux/arm64)")
                    }
                    p.editDocker { $0.platforms = list }
                })
        case .imageSizeMB: number(id, "Image size (MB)", .measurements, "image-size-mb", \.imageSizeMB)
        case .buildContextMB: number(id, "Build context (MB)", .measurements, "build-context-mb", \.buildContextMB)
        case .layers: whole(id, "Layers", .measurements, "layers", \.layers)
        case .buildTimeUncachedS:
            number(id, "Build time uncached (s)", .measurements, "build-time-uncached-s", \.buildTimeUncachedS)
        case .buildTimeCachedS:
            number(id, "Build time cached (s)", .measurements, "build-time-cached-s", \.buildTimeCachedS)
        case .startupTimeS: number(id, "Startup time (s)", .measurements, "startup-time-s", \.startupTimeS)
        case .healthCheckLatencyMs:
            number(id, "Health check latency (ms)", .measurements, "health-check-latency-ms", \.healthCheckLatencyMs)
        case .cacheHitRate:
            ProjectField(
                id: id, label: "Cache hit rate (0-1)", group: .measurements, kind: .rate, option: "cache-hit-rate",
                read: { $0.docker?.cacheHitRate.map { JSONWriter.format(number: $0) } ?? "" },
                write: { p, t throws(FieldError) in
                    let v = try parseRate(t)
                    p.editDocker { $0.cacheHitRate = v }
                })
        case .vulnsCritical: scanCount(id, "CRITICAL", "vulns-critical", \.critical)
        case .vulnsHigh: scanCount(id, "HIGH", "vulns-high", \.high)
        case .vulnsMedium: scanCount(id, "MEDIUM", "vulns-medium", \.medium)
        case .vulnsLow: scanCount(id, "LOW", "vulns-low", \.low)
        case .scannedAt:
            ProjectField(
                id: id, label: "Scanned on", group: .security, kind: .day, option: "scanned-at",
                read: { $0.docker?.vulnerabilities?.scannedAt ?? "" },
                write: { p, t throws(FieldError) in
                    let v = try parseDay(t)
                    p.editScan { $0.scannedAt = v }
                })
        case .registryName:
            ProjectField(
                id: id, label: "Registry", group: .registry, kind: .text, option: "registry",
                read: { $0.docker?.registry?.name ?? "" },
                write: { p, t throws(FieldError) in p.editRegistry { $0.name = t } })
        case .imagesPushed:
            ProjectField(
                id: id, label: "Images pushed", group: .registry, kind: .wholeNumber, option: "images-pushed",
                read: { $0.docker?.registry?.imagesPushed.map(String.init) ?? "" },
                write: { p, t throws(FieldError) in
                    let v = try parseWhole(t)
                    p.editRegistry { $0.imagesPushed = v }
                })
        case .registrySizeMB:
            ProjectField(
                id: id, label: "Registry size (MB)", group: .registry, kind: .number, option: "registry-size-mb",
                read: { $0.docker?.registry?.totalSizeMB.map { JSONWriter.format(number: $0) } ?? "" },
                write: { p, t throws(FieldError) in
                    let v = try parseNumber(t)
                    p.editRegistry { $0.totalSizeMB = v }
                })
        case .automatedReleases: flag(id, "Automated releases", .registry, "automated-releases", \.automatedReleases)
        case .monitoring: flag(id, "Monitoring", .registry, "monitoring", \.monitoring)
        case .ciEnabled: ciFlag(id, "CI enabled", "ci", \.enabled)
        case .buildx: ciFlag(id, "Docker Buildx", "buildx", \.buildx)
        case .ghaCache: ciFlag(id, "GHA cache", "gha-cache", \.ghaCache)
        case .coverageExtraction: ciFlag(id, "Coverage extraction", "coverage-extraction", \.coverageExtraction)
        case .multiArch: ciFlag(id, "Multi-arch builds", "multi-arch", \.multiArch)
        }
    }
}

// MARK: - Field builders

extension ProjectField {
    private static func text(
        _ id: ProjectFieldID, _ label: String, _ group: Group, _ option: String,
        _ key: WritableKeyPath<Project, String?> & Sendable
    ) -> ProjectField {
        ProjectField(
            id: id, label: label, group: group, kind: .text, option: option,
            read: { $0[keyPath: key] ?? "" },
            write: { p, t throws(FieldError) in p[keyPath: key] = t.isEmpty ? nil : t })
    }

    private static func dockerText(
        _ id: ProjectFieldID, _ label: String, _ group: Group, _ option: String,
        _ key: WritableKeyPath<DockerSetup, String?> & Sendable
    ) -> ProjectField {
        ProjectField(
            id: id, label: label, group: group, kind: .text, option: option,
            read: { $0.docker?[keyPath: key] ?? "" },
            write: { p, t throws(FieldError) in p.editDocker { $0[keyPath: key] = t.isEmpty ? nil : t } })
    }

    private static func flag(
        _ id: ProjectFieldID, _ label: String, _ group: Group, _ option: String,
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
        _ id: ProjectFieldID, _ label: String, _ group: Group, _ option: String,
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
        _ id: ProjectFieldID, _ label: String, _ group: Group, _ option: String,
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
        _ id: ProjectFieldID, _ label: String, _ option: String,
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
        _ id: ProjectFieldID, _ label: String, _ option: String,
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
