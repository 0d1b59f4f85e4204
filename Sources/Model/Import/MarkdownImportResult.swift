/// Something in a Markdown ledger that could not be read, by 1-based line number.
public struct ImportProblem: Equatable, Sendable, CustomStringConvertible {
    public let line: Int
    public let message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    public var description: String { "line \(line): \(message)" }
}

/// What `MarkdownImporter` read: the new ledger, what it could not read, and remarks about
/// what it did (repairs, assumptions) that are not problems.
public struct MarkdownImport: Sendable {
    public let ledger: Ledger
    public let problems: [ImportProblem]
    public let notes: [String]
}

/// The input is not a ledger document at all: nothing is imported.
public struct NotALedger: Error, Equatable, CustomStringConvertible {
    public let reason: String
    public var description: String { "not a SAP ledger document: \(reason)" }
}
