/// One problem found in a ledger, located by its JSON path (or line and column for syntax).
public struct Diagnostic: Equatable, Sendable, CustomStringConvertible {
    public let path: String
    public let message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public init(_ path: JSONPath, _ message: String) {
        self.init(path: path.description, message: message)
    }

    public var description: String { path.isEmpty ? message : "\(path): \(message)" }
}
