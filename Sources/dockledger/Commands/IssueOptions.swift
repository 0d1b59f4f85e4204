import Foundation
import Model

/// The options of `issue log` and `issue resolve`, generated from `IssueField`: one
/// `--<option> VALUE` per field of the command's group, a yes/no field as two flags
/// (`--successful` / `--failed`), and the `--help` text from the fields' labels.
struct IssueOptions {
    let fields: [IssueField]
    /// What the user gave, by field: the text as a form would hold it ("yes"/"no" for a flag).
    private(set) var values: [IssueField.ID: String] = [:]
    /// Arguments that are not options (at most the ledger FILE, where the command takes one).
    private(set) var positional: [String] = []

    /// Reads `--option value`, `--option=value` and the flags; every problem at once.
    init(_ arguments: [String], group: IssueField.Group, command: String) throws(CLIError) {
        fields = IssueField.fields(in: group)
        var problems: [String] = []
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            guard argument.hasPrefix("--"), argument.count > 2 else {
                positional.append(argument)
                continue
            }
            var name = String(argument.dropFirst(2))
            var inline: String?
            if let eq = name.firstIndex(of: "=") {
                inline = String(name[name.index(after: eq)...])
                name = String(name[..<eq])
            }
            if let field = fields.first(where: { $0.noOption == name || ($0.storage.isFlag && $0.option == name) }) {
                let text = IssueField.outcomeText(field.option == name)
                if let earlier = values[field.id], earlier != text {
                    problems.append("--\(field.option) and --\(field.noOption ?? "") exclude each other")
                }
                if inline != nil { problems.append("--\(name) takes no value") }
                values[field.id] = text
                continue
            }
            guard let field = fields.first(where: { $0.option == name }) else {
                problems.append("unknown option --\(name) (see `dockledger issue \(command) --help`)")
                continue
            }
            guard let value = inline ?? rest.popFirst() else {
                problems.append("--\(name) needs a value")
                continue
            }
            values[field.id] = value
        }
        if !problems.isEmpty { throw CLIError(problems.joined(separator: "\n")) }
    }

    subscript(_ id: IssueField.ID) -> String? { values[id] }

    /// A draft's reasons, by field id, as lines naming the options, in the table's order.
    static func problems(_ errors: FieldErrors<IssueField.ID>) -> String {
        IssueField.all.compactMap { field in errors[field.id].map { "--\(field.option): \($0)" } }
            .joined(separator: "\n")
    }

    /// `--category <category> [--project <project>] ...` for the usage line: `required` options
    /// without brackets, a yes/no field as its two flags.
    static func usage(_ group: IssueField.Group, required: Set<IssueField.ID>) -> String {
        IssueField.fields(in: group).map { field in
            let text =
                field.storage.isFlag
                ? "--\(field.option) | --\(field.noOption ?? "")" : "--\(field.option) <\(field.option)>"
            return required.contains(field.id) ? (field.storage.isFlag ? "(\(text))" : text) : "[\(text)]"
        }.joined(separator: " ")
    }

    /// One line per option with its label, for `--help`.
    static func help(_ group: IssueField.Group, notes: [IssueField.ID: String]) -> String {
        var lines = ["FIELDS:"]
        for field in IssueField.fields(in: group) {
            let option =
                field.storage.isFlag ? "  --\(field.option) | --\(field.noOption ?? "")" : "  --\(field.option) <text>"
            let note = notes[field.id].map { " (\($0))" } ?? ""
            lines.append(
                option.padding(toLength: max(32, option.count + 2), withPad: " ", startingAt: 0) + field.label + note)
        }
        return lines.joined(separator: "\n")
    }
}

extension IssueField.Storage {
    var isFlag: Bool {
        if case .flag = self { return true }
        return false
    }
}
