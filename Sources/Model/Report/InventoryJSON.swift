import Foundation

/// The JSON report's inventory (`projects`): every project, its level and target status, then
/// every fact of the field table (`ProjectField.all`) under its path in the file
/// (`docker.nonRoot`), typed as the file types it: flags as booleans, numbers as numbers, lists
/// as arrays, unknown as null. Written project by project; the keys are put in order once.
struct InventoryJSON {
    private enum Column {
        case name, status, level, targetStatus, missedTargets
        case fact(ProjectField)
    }

    private let ledger: Ledger
    private let report: LedgerReport
    /// Every key, quoted, in the order an object writes its keys, with what it holds.
    private let columns: [(key: [UInt8], column: Column)]

    init(_ ledger: Ledger, _ report: LedgerReport) {
        self.ledger = ledger
        self.report = report
        let own: [(String, Column)] = [
            ("name", .name), ("status", .status), ("level", .level), ("targetStatus", .targetStatus),
            ("missedTargets", .missedTargets),
        ]
        let ownKeys = Set(own.map(\.0))
        let facts = ProjectField.all.filter { !ownKeys.contains($0.id) }.map { ($0.id, Column.fact($0)) }
        columns = (own + facts).sorted { $0.0 < $1.0 }.map { key, column in
            var quoted: [UInt8] = []
            JSONWriter.writeString(key, into: &quoted)
            return (quoted, column)
        }
    }

    func write(_ out: inout JSONStream) {
        out.openArray()
        for i in ledger.projects.indices {
            let project = ledger.projects[i]
            let level = report.projectLevels[i]
            out.openObject()
            for (key, column) in columns {
                out.key(quoted: key)
                switch column {
                case .name: out.string(project.name)
                case .status: out.string(project.status?.rawValue ?? "active")
                case .level: out.int(level)
                case .targetStatus: out.string(report.standings.summary(of: i, level: level).status.rawValue)
                case .missedTargets:
                    out.openArray()
                    for id in report.standings.missedTargets(of: i) { out.string(id.rawValue) }
                    out.closeArray()
                case .fact(let field): Self.fact(field, of: project, &out)
                }
            }
            out.closeObject()
        }
        out.closeArray()
    }

    /// A field's value as the file types it, read from the field's text (empty is unknown).
    static func fact(_ field: ProjectField, of project: Project, _ out: inout JSONStream) {
        let text = field.text(of: project)
        if text.isEmpty { return out.null() }
        switch field.kind {
        case .flag: out.bool(text == ProjectField.flagText(true))
        case .number, .wholeNumber, .rate:
            if let value = Double(text) { out.number(value) } else { out.string(text) }
        case .list:
            out.openArray()
            for item in listItems(text) { out.string(item) }
            out.closeArray()
        case .text, .requiredText, .day, .choice: out.string(text)
        }
    }

    /// The items of a list field's text, which joins them with ", ".
    static func listItems(_ text: String) -> [String] {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.components(separatedBy: ", ") }
        return text.split(separator: ", ", omittingEmptySubsequences: false).map(String.init)
    }
}
