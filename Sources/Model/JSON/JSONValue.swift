/// A parsed JSON document. The ledger is read into this first so that unknown keys survive a
/// save and every problem can be reported with its path, not just the first one Codable meets.
public enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}

/// A location inside a JSON document, printed as `projects[3].docker.imageSizeMB`.
public struct JSONPath: Hashable, Sendable, CustomStringConvertible {
    public private(set) var description: String

    public init(_ description: String = "") { self.description = description }

    public func key(_ name: String) -> JSONPath {
        JSONPath(description.isEmpty ? name : description + "." + name)
    }

    public func index(_ i: Int) -> JSONPath { JSONPath(description + "[\(i)]") }
}
