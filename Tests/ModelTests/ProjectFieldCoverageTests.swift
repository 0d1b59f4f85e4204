import Testing

@testable import Model

/// The field table must describe the whole project format, whatever the demo data holds: a
/// property or key the table forgets would be missing from the form, `project set` and the detail.
@Suite struct ProjectFieldCoverageTests {
    /// Written by `dockledger scan` and `dockledger import hadolint`, never typed by hand, so
    /// deliberately not in the table.
    static let scanOnly: Set<String> = ["repository", "sources", "docker.lint"]

    /// A value of the field's kind that is not its default (so it is written).
    static func sample(_ field: ProjectField) -> String {
        switch field.kind {
        case .text, .requiredText: "x"
        case .day: "2026-01-02"
        case .choice(let options): options.last ?? ""
        case .flag: "yes"
        case .number: "12.5"
        case .wholeNumber: "3"
        case .rate: "0.5"
        case .list: "linux/amd64"
        }
    }

    static func fullProject() throws -> Project {
        var project = Project(name: "")
        for field in ProjectField.all { try field.set(sample(field), in: &project) }
        return project
    }

    /// Optional properties (by path) still nil after setting every field: each one is a fact
    /// no field can set.
    static func unset(_ value: Any, at path: String = "") -> [String] {
        Mirror(reflecting: value).children.flatMap { child -> [String] in
            guard let label = child.label, label != "unknownKeys" else { return [] }
            let key = path.isEmpty ? label : path + "." + label
            let inner = Mirror(reflecting: child.value)
            guard inner.displayStyle == .optional else { return [] }
            guard let wrapped = inner.children.first?.value else { return [key] }
            return Mirror(reflecting: wrapped).displayStyle == .struct ? unset(wrapped, at: key) : []
        }
    }

    /// Every key path the JSON of a value holds, down to the scalars and lists.
    static func writtenKeys(_ json: JSONValue, at path: String = "") -> [String] {
        guard case .object(let object) = json else { return [path] }
        return object.flatMap { key, value in writtenKeys(value, at: path.isEmpty ? key : path + "." + key) }
    }

    @Test func everyPropertyOfAProjectCanBeSetFromTheTable() throws {
        let unset = Self.unset(try Self.fullProject()).filter { !Self.scanOnly.contains($0) }
        #expect(unset == [])
    }

    @Test func everyKeyAProjectWritesHasAFieldDescription() throws {
        let described = Set(ProjectField.all.map(\.path))
        let written = Self.writtenKeys(try Self.fullProject().json)
        #expect(written.filter { !described.contains($0) && !Self.scanOnly.contains($0) }.sorted() == [])
        // And every field writes something ("docker" writes the whole group).
        #expect(described.filter { id in !written.contains { $0 == id || $0.hasPrefix(id + ".") } } == [])
    }

    /// Docker dependence comes from the group; the file nests those facts under `docker`.
    @Test func dockerFactsAreTheDockerGroupsBeyondTheSwitch() {
        for field in ProjectField.all {
            #expect(field.needsDocker == field.path.hasPrefix("docker."), "\(field.path)")
        }
    }

    /// Setting only one fact of an optional group keeps the group (a hand-written "is empty"
    /// list of fields would drop a field it forgot).
    @Test func aGroupWithOneFactIsKept() throws {
        for field in ProjectField.all where [.security, .registry, .ci].contains(field.group) {
            var project = Project(name: "x", docker: DockerSetup())
            try field.set(Self.sample(field), in: &project)
            #expect(field.text(of: project) == Self.sample(field), "\(field.path)")
        }
    }

    /// Each id names its own row, once, in the order of the ids; the text of a path finds it.
    @Test func everyIdHasItsOwnRow() {
        #expect(ProjectField.all.map(\.id) == ProjectFieldID.allCases)
        for id in ProjectFieldID.allCases {
            #expect(ProjectField[id].id == id)
            #expect(ProjectField.forDiagnosticPath("projects[2]." + id.path)?.id == id)
        }
    }
}
