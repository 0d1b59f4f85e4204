import Foundation

/// What is wrong with a draft, by field, worded to be shown beside each field.
public struct FieldErrors<Field: Hashable & Sendable>: Error, Equatable, Sendable {
    public let byField: [Field: String]
    public init(byField: [Field: String]) { self.byField = byField }
    public subscript(_ field: Field) -> String? { byField[field] }

    /// The same reasons under other names for their fields (e.g. a form's line ids).
    public func mapFields<Other>(_ name: (Field) -> Other) -> FieldErrors<Other> {
        FieldErrors<Other>(
            byField: Dictionary(byField.map { (name($0.key), $0.value) }, uniquingKeysWith: { a, _ in a }))
    }
}

/// The text of every field while a project is being added or edited. Nothing reaches the
/// ledger until `build` turns the whole draft into a project that validates.
public struct ProjectDraft: Equatable, Sendable {
    /// Field text by field; empty means unknown.
    public var texts: [ProjectFieldID: String]
    /// The project being edited (its unknown keys and untouched groups carry over), or a new one.
    public let original: Project

    public init(editing project: Project) {
        original = project
        texts = Dictionary(uniqueKeysWithValues: ProjectField.all.map { ($0.id, $0.text(of: project)) })
    }

    public static func new() -> ProjectDraft {
        ProjectDraft(editing: Project(name: ""))
    }

    /// The text of one field.
    public subscript(_ id: ProjectFieldID) -> String {
        get { texts[id] ?? "" }
        set { texts[id] = newValue }
    }

    /// Whether the docker fields apply: they are ignored while "Uses Docker" is no.
    public var usesDocker: Bool { (try? ProjectField.parseFlag(self[.usesDocker])) == true }

    /// The project, or the reason for each field that is wrong. `index` is the project's place
    /// in the ledger when editing, so its own name is not a duplicate.
    public func build(in ledger: Ledger, replacing index: Int?) -> Result<Project, FieldErrors<ProjectFieldID>> {
        var project = original
        var errors: [ProjectFieldID: String] = [:]
        // "Uses Docker" first: a no removes the group, and then its fields are not applied.
        for field in ProjectField.all where !field.needsDocker || usesDocker {
            do { try field.set(self[field.id], in: &project) } catch { errors[field.id] = error.reason }
        }
        // Text that did not parse left its field as it was; check the rest anyway, so every
        // wrong field is named at once.
        for problem in LedgerValidator.validate(project, at: JSONPath("projects[0]")) {
            guard let field = ProjectField.forDiagnosticPath(problem.path) else { continue }
            errors[field.id] = errors[field.id] ?? problem.message
        }
        Self.markManual(
            project: &project, editedFrom: original, day: ISODate.day(fromSeconds: Date().timeIntervalSince1970))
        // The project's own name, unchanged, names no other (names are unique): no need to
        // read every project's name.
        let keepsItsName = index.map {
            ledger.projects.indices.contains($0) && ledger.projects[$0].name == project.name
        }
        if keepsItsName != true, let other = ledger.projectIndex(named: project.name), other != index {
            errors[.name] = "another project is already named \"\(ledger.projects[other].name)\""
        }
        return errors.isEmpty ? .success(project) : .failure(FieldErrors(byField: errors))
    }

    /// A field a person changed is theirs: marked `manual` so scans and imports keep it. A field
    /// made unknown loses its source, so the next scan may fill it again.
    public static func markManual(project: inout Project, editedFrom original: Project, day: String) {
        for field in ProjectField.all where field.id != .name {
            let now = field.text(of: project)
            guard now != field.text(of: original) else { continue }
            project.sources[field.path] = now.isEmpty ? nil : FactSource(from: .manual, at: day)
        }
    }
}
