/// A parsed JSON document. The ledger is read into this first so that unknown keys survive a
/// save and every problem can be reported with its path, not just the first one Codable meets.
public enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case number(JSONNumber)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// A number dockledger computed; written in its shortest form.
    public static func number(_ value: Double) -> JSONValue { .number(JSONNumber(value)) }

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

/// A JSON number as its value and the text it was written as. The text is written back, so a
/// number dockledger does not interpret (an unknown key's `12345678901234567891` or `1.0`)
/// survives a load and a save byte for byte; numbers dockledger sets get their shortest text.
public struct JSONNumber: Equatable, Sendable {
    public let value: Double
    public let text: String

    public init(_ value: Double) {
        self.value = value
        text = JSONWriter.format(number: value)
    }

    /// Equal when the values are: `1.0` and `1` are the same number, written as they came.
    public static func == (a: JSONNumber, b: JSONNumber) -> Bool { a.value == b.value }

    /// `text` must be a valid JSON number whose value is `value` (the parser's job).
    init(text: String, value: Double) {
        self.value = value
        self.text = text
    }

    /// The whole number the text spells, read from the digits (exact beyond 2^53), or nil when
    /// it has a fraction or exponent or does not fit in Int64.
    public var exactInteger: Int64? {
        guard
            !text.utf8.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }
            )
        else { return value == value.rounded() && abs(value) < 9.2e18 ? Int64(value) : nil }
        return Int64(text)
    }
}
