/// Reads a ledger file in one pass: straight from its bytes into the ledger types, checking each
/// project as soon as it is read, with no `JSONValue` tree in between and no JSON path or message
/// built (both are needed only to explain a problem).
///
/// It accepts exactly what the strict load (`JSONParser` → `Ledger.decode` → `LedgerValidator`)
/// accepts and builds the same ledger, with the same parser primitives and the same checks. It
/// never explains: on anything wrong or unusual (a syntax error, a wrong type, a duplicate or
/// escaped key, a value out of bounds) it gives up, and `LedgerStore.decode` runs the strict load,
/// which names every problem with its JSON path or line:column. `LedgerPromises` (run by the
/// fuzzer) checks that the two agree on every input.
///
/// Projects and issues, the bulk of a big ledger, are read here key by key; the few small
/// sections (`meta`, `targets`, `assumptions`, the logs, `history`, `conflicts`) are parsed as
/// values and mapped by `Ledger.decode`, as in the strict load.
public struct LedgerDecoder {
    /// A ledger read in one pass, with where each project's object lies in the file.
    public struct Decoded: Sendable {
        public var ledger: Ledger
        /// `projectRanges[i]` is the byte range of `ledger.projects[i]`'s object, from its `{` to
        /// just after its `}`: for a writer that reuses the bytes of projects that did not change.
        public var projectRanges: [Range<Int>]
        /// The same for `ledger.issues`.
        public var issueRanges: [Range<Int>]
    }

    /// The one-pass read of `bytes` (a ledger file), or nil when the strict load must decide:
    /// the file has a problem, or something this reader leaves to it.
    public static func decode(_ bytes: [UInt8]) -> Decoded? {
        var decoder = LedgerDecoder(json: JSONParser(bytes: bytes))
        return try? decoder.document()
    }

    /// Thrown inside to give up; `decode` turns it into nil.
    private struct NeedsStrictLoad: Error {}

    private var json: JSONParser
    private var projectRanges: [Range<Int>] = []
    private var issueRanges: [Range<Int>] = []

    private init(json: JSONParser) {
        self.json = json
        // A project takes about a kilobyte of a typical file, rarely under half of one: room for
        // the names made at once spares growing the index (rehashing every name so far) over and
        // over on a big ledger.
        projectNames = ProjectNameIndex(expected: json.bytes.count / 512)
    }

    // MARK: - Sections

    private enum LedgerKey: String, CaseIterable { case projects, issues }
    private static let ledgerKeys = JSONKeyTable<LedgerKey>()

    private mutating func document() throws -> Decoded {
        json.skipWhitespace()
        guard try opensObject() else { throw NeedsStrictLoad() }
        var sections: [String: JSONValue] = [:]
        var projects: [Project] = []
        var issues: [Issue] = []
        var seen: UInt64 = 0
        var count = 0
        while let key = try nextKey(&count) {
            guard let (section, bit) = Self.ledgerKeys.key(json.bytes, key) else {
                try unknown(key, into: &sections)
                continue
            }
            guard seen & bit == 0 else { throw NeedsStrictLoad() }
            seen |= bit
            switch section {
            case .projects: projects = try list(noting: .projects) { try $0.project() }
            case .issues: issues = try list(noting: .issues) { try $0.issue() }
            }
        }
        json.skipWhitespace()
        guard json.position == json.bytes.count else { throw NeedsStrictLoad() }

        var (ledger, problems) = Ledger.decode(.object(sections))
        guard problems.isEmpty else { throw NeedsStrictLoad() }
        ledger.projects = projects
        ledger.issues = issues
        guard LedgerValidator.validateSettings(of: ledger).isEmpty, LedgerValidator.validateRecords(of: ledger).isEmpty
        else { throw NeedsStrictLoad() }
        return Decoded(ledger: ledger, projectRanges: projectRanges, issueRanges: issueRanges)
    }

    /// An array of objects (`projects`, `issues`); null is an empty list, as in the strict load.
    /// The array's ranges (`Decoded`) get each object's byte range, from its `{` to just after its `}`.
    private mutating func list<T>(noting array: LedgerKey, _ element: (inout LedgerDecoder) throws -> T) throws -> [T] {
        if try isNull() { return [] }
        guard try opensArray() else { throw NeedsStrictLoad() }
        var result: [T] = []
        var count = 0
        while try nextElement(&count) {
            guard try opensObject() else { throw NeedsStrictLoad() }
            let start = json.position - 1
            result.append(try element(&self))
            switch array {
            case .projects: projectRanges.append(start..<json.position)
            case .issues: issueRanges.append(start..<json.position)
            }
        }
        return result
    }

    // MARK: - Projects

    private enum ProjectKey: String, CaseIterable {
        case name, owner, choraBaseVersion, createdAt, status, docker, ci, repository, sources
    }
    private static let projectKeys = JSONKeyTable<ProjectKey>()
    private var projectNames: ProjectNameIndex

    /// After its `{`. The project is checked at once, like the strict load's validator would.
    private mutating func project() throws -> Project {
        var project = Project(name: "")
        var hasName = false
        var seen: UInt64 = 0
        var count = 0
        while let key = try nextKey(&count) {
            guard let (field, bit) = Self.projectKeys.key(json.bytes, key) else {
                try unknown(key, into: &project.unknownKeys)
                continue
            }
            guard seen & bit == 0 else { throw NeedsStrictLoad() }
            seen |= bit
            switch field {
            case .name:
                project.name = try required(string())
                hasName = true
            case .owner: project.owner = try string()
            case .choraBaseVersion: project.choraBaseVersion = try string()
            case .createdAt: project.createdAt = try string()
            case .status: project.status = try enumeration(Project.Status.self)
            case .docker: project.docker = try opensObject() ? try docker() : nil
            case .ci: project.ci = try opensObject() ? try ci() : nil
            case .repository: project.repository = try string()
            case .sources: project.sources = try opensObject() ? try sources() : [:]
            }
        }
        guard hasName, LedgerValidator.validate(project, at: JSONPath()).isEmpty,
            projectNames.add(project.name, at: projectRanges.count) == nil
        else { throw NeedsStrictLoad() }
        return project
    }

    private enum DockerKey: String, CaseIterable {
        case dockerfileType, multiStage, nonRoot, minimalBase, secretsFree, baseImage, healthcheck, compose, volumes
        case imageSizeMB, buildContextMB, layers, buildTimeUncachedS, buildTimeCachedS, startupTimeS
        case healthCheckLatencyMs, cacheHitRate, platforms, vulnerabilities, registry, automatedReleases, monitoring
        case lint
    }
    private static let dockerKeys = JSONKeyTable<DockerKey>()

    private mutating func docker() throws -> DockerSetup {
        var d = DockerSetup()
        var seen: UInt64 = 0
        var count = 0
        while let key = try nextKey(&count) {
            guard let (field, bit) = Self.dockerKeys.key(json.bytes, key) else {
                try unknown(key, into: &d.unknownKeys)
                continue
            }
            guard seen & bit == 0 else { throw NeedsStrictLoad() }
            seen |= bit
            switch field {
            case .dockerfileType: d.dockerfileType = try enumeration(DockerfileType.self)
            case .multiStage: d.multiStage = try bool()
            case .nonRoot: d.nonRoot = try bool()
            case .minimalBase: d.minimalBase = try bool()
            case .secretsFree: d.secretsFree = try bool()
            case .baseImage: d.baseImage = try string()
            case .healthcheck: d.healthcheck = try bool()
            case .compose: d.compose = try bool()
            case .volumes: d.volumes = try bool()
            case .imageSizeMB: d.imageSizeMB = try number()
            case .buildContextMB: d.buildContextMB = try number()
            case .layers: d.layers = try integer()
            case .buildTimeUncachedS: d.buildTimeUncachedS = try number()
            case .buildTimeCachedS: d.buildTimeCachedS = try number()
            case .startupTimeS: d.startupTimeS = try number()
            case .healthCheckLatencyMs: d.healthCheckLatencyMs = try number()
            case .cacheHitRate: d.cacheHitRate = try number()
            case .platforms: d.platforms = try strings()
            case .vulnerabilities: d.vulnerabilities = try opensObject() ? try vulnerabilities() : nil
            case .registry: d.registry = try opensObject() ? try registry() : nil
            case .automatedReleases: d.automatedReleases = try bool()
            case .monitoring: d.monitoring = try bool()
            case .lint: d.lint = try opensObject() ? try lint() : nil
            }
        }
        return d
    }

    private enum ScanKey: String, CaseIterable { case critical, high, medium, low, scannedAt }
    private static let scanKeys = JSONKeyTable<ScanKey>()

    private mutating func vulnerabilities() throws -> VulnerabilityScan {
        var scan = VulnerabilityScan()
        var seen: UInt64 = 0
        var count = 0
        while let key = try nextKey(&count) {
            guard let (field, bit) = Self.scanKeys.key(json.bytes, key) else {
                try unknown(key, into: &scan.unknownKeys)
                continue
            }
            guard seen & bit == 0 else { throw NeedsStrictLoad() }
            seen |= bit
            switch field {
            case .critical: scan.critical = try integer()
            case .high: scan.high = try integer()
            case .medium: scan.medium = try integer()
            case .low: scan.low = try integer()
            case .scannedAt: scan.scannedAt = try string()
            }
        }
        return scan
    }

    private enum RegistryKey: String, CaseIterable { case name, imagesPushed, totalSizeMB }
    private static let registryKeys = JSONKeyTable<RegistryKey>()

    private mutating func registry() throws -> RegistryUsage {
        var registry = RegistryUsage(name: "")
        var hasName = false
        var seen: UInt64 = 0
        var count = 0
        while let key = try nextKey(&count) {
            guard let (field, bit) = Self.registryKeys.key(json.bytes, key) else {
                try unknown(key, into: &registry.unknownKeys)
                continue
            }
            guard seen & bit == 0 else { throw NeedsStrictLoad() }
            seen |= bit
            switch field {
            case .name:
                registry.name = try required(string())
                hasName = true
            case .imagesPushed: registry.imagesPushed = try integer()
            case .totalSizeMB: registry.totalSizeMB = try number()
            }
        }
        guard hasName else { throw NeedsStrictLoad() }
        return registry
    }

    private enum LintKey: String, CaseIterable { case error, warning, info, style, scannedAt }
    private static let lintKeys = JSONKeyTable<LintKey>()

    private mutating func lint() throws -> LintCounts {
        var lint = LintCounts()
        var seen: UInt64 = 0
        var count = 0
        while let key = try nextKey(&count) {
            guard let (field, bit) = Self.lintKeys.key(json.bytes, key) else {
                try unknown(key, into: &lint.unknownKeys)
                continue
            }
            guard seen & bit == 0 else { throw NeedsStrictLoad() }
            seen |= bit
            switch field {
            case .error: lint.error = try integer()
            case .warning: lint.warning = try integer()
            case .info: lint.info = try integer()
            case .style: lint.style = try integer()
            case .scannedAt: lint.scannedAt = try string()
            }
        }
        return lint
    }

    private enum CIKey: String, CaseIterable { case enabled, buildx, ghaCache, coverageExtraction, multiArch }
    private static let ciKeys = JSONKeyTable<CIKey>()

    private mutating func ci() throws -> CISetup {
        var ci = CISetup()
        var seen: UInt64 = 0
        var count = 0
        while let key = try nextKey(&count) {
            guard let (field, bit) = Self.ciKeys.key(json.bytes, key) else {
                try unknown(key, into: &ci.unknownKeys)
                continue
            }
            guard seen & bit == 0 else { throw NeedsStrictLoad() }
            seen |= bit
            switch field {
            case .enabled: ci.enabled = try bool()
            case .buildx: ci.buildx = try bool()
            case .ghaCache: ci.ghaCache = try bool()
            case .coverageExtraction: ci.coverageExtraction = try bool()
            case .multiArch: ci.multiArch = try bool()
            }
        }
        return ci
    }

    private enum SourceKey: String, CaseIterable { case from, file, at }
    private static let sourceKeys = JSONKeyTable<SourceKey>()

    /// `sources`: field path → where its value came from.
    private mutating func sources() throws -> [String: FactSource] {
        var sources: [String: FactSource] = [:]
        var count = 0
        while let key = try nextKey(&count) {
            guard try opensObject() else { throw NeedsStrictLoad() }
            let field = key.text(in: json.bytes)
            guard sources.updateValue(try source(), forKey: field) == nil else { throw NeedsStrictLoad() }
        }
        return sources
    }

    private mutating func source() throws -> FactSource {
        var source = FactSource(from: .manual)
        var hasFrom = false
        var seen: UInt64 = 0
        var count = 0
        while let key = try nextKey(&count) {
            guard let (field, bit) = Self.sourceKeys.key(json.bytes, key) else {
                try unknown(key, into: &source.unknownKeys)
                continue
            }
            guard seen & bit == 0 else { throw NeedsStrictLoad() }
            seen |= bit
            switch field {
            case .from:
                source.from = try required(enumeration(FactSource.Origin.self))
                hasFrom = true
            case .file: source.file = try string()
            case .at: source.at = try string()
            }
        }
        guard hasFrom else { throw NeedsStrictLoad() }
        return source
    }

    // MARK: - Issues

    /// An issue's keys: its id, which the ledger hands out, and every field of the issue field
    /// table (`IssueField.ID`, whose raw values are the keys), so a field added there is a key
    /// here at once and the switch in `issue()` does not compile until it reads it.
    private enum IssueKey: RawRepresentable, CaseIterable {
        case id
        case field(IssueField.ID)

        static let allCases: [IssueKey] = [.id] + IssueField.ID.allCases.map(IssueKey.field)

        init?(rawValue: String) {
            if rawValue == "id" {
                self = .id
            } else if let field = IssueField.ID(rawValue: rawValue) {
                self = .field(field)
            } else {
                return nil
            }
        }

        var rawValue: String {
            switch self {
            case .id: "id"
            case .field(let field): field.rawValue
            }
        }
    }
    private static let issueKeys = JSONKeyTable<IssueKey>()

    private mutating func issue() throws -> Issue {
        var issue = Issue(id: 0, category: "", openedAt: "")
        var requiredKeys = 0
        var seen: UInt64 = 0
        var count = 0
        while let key = try nextKey(&count) {
            guard let (field, bit) = Self.issueKeys.key(json.bytes, key) else {
                try unknown(key, into: &issue.unknownKeys)
                continue
            }
            guard seen & bit == 0 else { throw NeedsStrictLoad() }
            seen |= bit
            switch field {
            case .id:
                issue.id = try required(integer())
                requiredKeys += 1
            case .field(.category):
                issue.category = try required(string())
                requiredKeys += 1
            case .field(.project): issue.project = try string()
            case .field(.openedAt):
                issue.openedAt = try required(string())
                requiredKeys += 1
            case .field(.resolvedAt): issue.resolvedAt = try string()
            case .field(.solution): issue.solution = try string()
            case .field(.successful): issue.successful = try bool()
            case .field(.notes): issue.notes = try string()
            }
        }
        guard requiredKeys == 3 else { throw NeedsStrictLoad() }
        return issue
    }

    // MARK: - Structure

    private var current: UInt8? { json.position < json.bytes.count ? json.bytes[json.position] : nil }

    /// Steps into the object at the cursor; false for null; gives up on anything else.
    private mutating func opensObject() throws -> Bool {
        if try isNull() { return false }
        guard current == UInt8(ascii: "{") else { throw NeedsStrictLoad() }
        try json.enter()
        json.position += 1
        return true
    }

    private mutating func opensArray() throws -> Bool {
        guard current == UInt8(ascii: "[") else { throw NeedsStrictLoad() }
        try json.enter()
        json.position += 1
        return true
    }

    /// In an object: the next key's bytes, with the cursor on its value, or nil after the `}`.
    /// `count` is the number of members read so far.
    private mutating func nextKey(_ count: inout Int) throws -> JSONMemberKey? {
        json.skipWhitespace()
        guard let b = current else { throw NeedsStrictLoad() }
        if b == UInt8(ascii: "}") {
            json.position += 1
            json.depth -= 1
            return nil
        }
        if count > 0 {
            guard b == UInt8(ascii: ",") else { throw NeedsStrictLoad() }
            json.position += 1
            json.skipWhitespace()
        }
        count += 1
        let key = try keyBytes()
        json.skipWhitespace()
        guard current == UInt8(ascii: ":") else { throw NeedsStrictLoad() }
        json.position += 1
        json.skipWhitespace()
        return key
    }

    /// In an array: true with the cursor on the next element, false after the `]`.
    private mutating func nextElement(_ count: inout Int) throws -> Bool {
        json.skipWhitespace()
        guard let b = current else { throw NeedsStrictLoad() }
        if b == UInt8(ascii: "]") {
            json.position += 1
            json.depth -= 1
            return false
        }
        if count > 0 {
            guard b == UInt8(ascii: ",") else { throw NeedsStrictLoad() }
            json.position += 1
            json.skipWhitespace()
        }
        count += 1
        return true
    }

    /// The key at the cursor. A key with an escape (`"n\u0061me"` is `name`) or a non-ASCII
    /// character is decoded to text, so it is compared as the strict load compares keys.
    private mutating func keyBytes() throws -> JSONMemberKey {
        guard current == UInt8(ascii: "\"") else { throw NeedsStrictLoad() }
        let open = json.position
        json.position += 1
        let start = json.position
        while let b = current {
            if b == UInt8(ascii: "\"") {
                json.position += 1
                return .plain(start..<(json.position - 1))
            }
            if b == UInt8(ascii: "\\") || b >= 0x80 {
                json.position = open
                return .decoded(try json.parseString())
            }
            if b < 0x20 { throw NeedsStrictLoad() }
            json.position += 1
        }
        throw NeedsStrictLoad()
    }

    /// A key the type does not know: its value is kept as it is, to be written back.
    private mutating func unknown(_ key: JSONMemberKey, into keys: inout [String: JSONValue]) throws {
        guard keys.updateValue(try json.parseValue(), forKey: key.text(in: json.bytes)) == nil else {
            throw NeedsStrictLoad()
        }
    }

    // MARK: - Values (null is absent, as in the strict load)

    private mutating func isNull() throws -> Bool {
        guard current == UInt8(ascii: "n") else { return false }
        try json.expectWord("null")
        return true
    }

    private func required<T>(_ value: T?) throws -> T {
        guard let value else { throw NeedsStrictLoad() }
        return value
    }

    private mutating func string() throws -> String? {
        if try isNull() { return nil }
        guard current == UInt8(ascii: "\"") else { throw NeedsStrictLoad() }
        return try json.parseString()
    }

    private mutating func bool() throws -> Bool? {
        switch current {
        case UInt8(ascii: "t"):
            try json.expectWord("true")
            return true
        case UInt8(ascii: "f"):
            try json.expectWord("false")
            return false
        case UInt8(ascii: "n"):
            try json.expectWord("null")
            return nil
        default: throw NeedsStrictLoad()
        }
    }

    private mutating func jsonNumber() throws -> JSONNumber? {
        if try isNull() { return nil }
        guard let b = current, b == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b) else {
            throw NeedsStrictLoad()
        }
        return try json.parseNumber()
    }

    private mutating func number() throws -> Double? { try jsonNumber()?.value }

    /// A whole number, by the strict load's rule (`ObjectReader.integer`).
    private mutating func integer() throws -> Int? {
        guard let n = try jsonNumber() else { return nil }
        guard let whole = ObjectReader.wholeNumber(n) else { throw NeedsStrictLoad() }
        return whole
    }

    private mutating func enumeration<E: RawRepresentable>(_: E.Type) throws -> E? where E.RawValue == String {
        guard let text = try string() else { return nil }
        guard let value = E(rawValue: text) else { throw NeedsStrictLoad() }
        return value
    }

    private mutating func strings() throws -> [String]? {
        if try isNull() { return nil }
        guard try opensArray() else { throw NeedsStrictLoad() }
        var result: [String] = []
        var count = 0
        while try nextElement(&count) {
            guard current == UInt8(ascii: "\"") else { throw NeedsStrictLoad() }
            result.append(try json.parseString())
        }
        return result
    }
}
