/// Reads the known keys of one JSON object, collecting every problem instead of stopping at
/// the first, and keeps whatever keys it was not asked for so they survive a save.
struct ObjectReader {
    private let object: [String: JSONValue]
    let path: JSONPath
    /// Keys asked for that the object has. An array, not a set: objects have a few dozen keys
    /// at most, and hashing every key twice more was the largest cost of loading a big ledger.
    private var consumed: [String] = []
    private(set) var diagnostics: [Diagnostic] = []

    /// nil (with a diagnostic) when `value` is not an object.
    init?(_ value: JSONValue, at path: JSONPath, diagnostics: inout [Diagnostic]) {
        guard case .object(let object) = value else {
            diagnostics.append(Diagnostic(path, "must be an object, got \(value.typeName)"))
            return nil
        }
        self.object = object
        self.path = path
    }

    /// Keys this reader did not consume: carried along unchanged.
    var unknownKeys: [String: JSONValue] {
        if consumed.count == object.count { return [:] }
        return object.filter { !consumed.contains($0.key) }
    }

    mutating func report(_ key: String, _ message: String) {
        diagnostics.append(Diagnostic(path.key(key), message))
    }

    /// The raw value; explicit null counts as absent, like a missing key.
    mutating func raw(_ key: String) -> JSONValue? {
        guard let value = object[key] else { return nil }
        if !consumed.contains(key) { consumed.append(key) }
        return value == .null ? nil : value
    }

    mutating func string(_ key: String) -> String? {
        guard let value = raw(key) else { return nil }
        guard case .string(let s) = value else {
            report(key, "must be a string, got \(value.typeName)")
            return nil
        }
        return s
    }

    mutating func bool(_ key: String) -> Bool? {
        guard let value = raw(key) else { return nil }
        guard case .bool(let b) = value else {
            report(key, "must be true or false, got \(value.typeName)")
            return nil
        }
        return b
    }

    mutating func number(_ key: String) -> Double? {
        jsonNumber(key)?.value
    }

    private mutating func jsonNumber(_ key: String) -> JSONNumber? {
        guard let value = raw(key) else { return nil }
        guard case .number(let n) = value else {
            report(key, "must be a number, got \(value.typeName)")
            return nil
        }
        return n
    }

    /// A whole number. Its range is the validator's business (one definition of valid for
    /// loading and saving); only what cannot be held at all is refused here, in the same words.
    mutating func integer(_ key: String) -> Int? {
        guard let n = jsonNumber(key) else { return nil }
        if let whole = Self.wholeNumber(n) { return whole }
        if n.value != n.value.rounded() {
            report(key, "must be a whole number, got \(n.text)")
        } else {
            report(key, n.value < 0 ? LedgerLimits.tooSmall(n.text) : LedgerLimits.tooLarge(n.text))
        }
        return nil
    }

    /// The whole number `n` holds exactly, or nil (a fraction, or too large for Int64). One rule
    /// for the strict load and `LedgerDecoder`.
    static func wholeNumber(_ n: JSONNumber) -> Int? {
        guard n.value == n.value.rounded(), let exact = n.exactInteger else { return nil }
        return Int(exact)
    }

    /// An object of names to numbers (`targets`, a snapshot's `metrics`); a value that is not a
    /// number is reported with its path and left out.
    mutating func numberMap(_ key: String, describing: String) -> [String: Double]? {
        guard let raw = raw(key) else { return nil }
        guard case .object(let object) = raw else {
            report(key, "must be an object of \(describing), got \(raw.typeName)")
            return nil
        }
        var values: [String: Double] = [:]
        for (name, value) in object {
            if case .number(let n) = value {
                values[name] = n.value
            } else {
                diagnostics.append(Diagnostic(path.key(key).key(name), "must be a number, got \(value.typeName)"))
            }
        }
        return values
    }

    mutating func enumeration<E: RawRepresentable & CaseIterable>(_ key: String, _: E.Type) -> E?
    where E.RawValue == String {
        guard let s = string(key) else { return nil }
        guard let e = E(rawValue: s) else {
            let allowed = E.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
            report(key, "must be one of \(allowed), got \"\(s)\"")
            return nil
        }
        return e
    }

    mutating func strings(_ key: String) -> [String]? {
        guard let value = raw(key) else { return nil }
        guard case .array(let items) = value else {
            report(key, "must be an array of strings, got \(value.typeName)")
            return nil
        }
        var result: [String] = []
        for (i, item) in items.enumerated() {
            if case .string(let s) = item {
                result.append(s)
            } else {
                diagnostics.append(Diagnostic(path.key(key).index(i), "must be a string, got \(item.typeName)"))
            }
        }
        return result
    }

    /// Decodes a nested object with `decode`, merging its diagnostics into this reader's.
    mutating func nested<T>(_ key: String, _ decode: (inout ObjectReader) -> T) -> T? {
        guard let value = raw(key) else { return nil }
        guard var reader = ObjectReader(value, at: path.key(key), diagnostics: &diagnostics) else { return nil }
        let result = decode(&reader)
        diagnostics += reader.diagnostics
        return result
    }

    /// Decodes an object whose values are objects (`sources`), keyed by their names.
    mutating func map<T>(_ key: String, _ decode: (inout ObjectReader) -> T) -> [String: T] {
        guard let value = raw(key) else { return [:] }
        guard case .object(let entries) = value else {
            report(key, "must be an object, got \(value.typeName)")
            return [:]
        }
        var result: [String: T] = [:]
        for name in entries.keys.sorted() {
            guard var reader = ObjectReader(entries[name]!, at: path.key(key).key(name), diagnostics: &diagnostics)
            else { continue }
            result[name] = decode(&reader)
            diagnostics += reader.diagnostics
        }
        return result
    }

    /// Decodes an array of objects; elements that are not objects are reported and skipped.
    mutating func list<T>(_ key: String, _ decode: (inout ObjectReader) -> T) -> [T] {
        guard let value = raw(key) else { return [] }
        guard case .array(let items) = value else {
            report(key, "must be an array, got \(value.typeName)")
            return []
        }
        var result: [T] = []
        result.reserveCapacity(items.count)
        for (i, item) in items.enumerated() {
            guard var reader = ObjectReader(item, at: path.key(key).index(i), diagnostics: &diagnostics) else {
                continue
            }
            result.append(decode(&reader))
            diagnostics += reader.diagnostics
        }
        return result
    }
}

/// Builds a JSON object from known fields on top of the unknown keys that came with the value.
struct ObjectWriter {
    private(set) var object: [String: JSONValue]

    init(unknownKeys: [String: JSONValue] = [:]) { object = unknownKeys }

    var value: JSONValue { .object(object) }

    mutating func set(_ key: String, _ value: String?) { object[key] = value.map(JSONValue.string) }
    mutating func set(_ key: String, _ value: Bool?) { object[key] = value.map(JSONValue.bool) }
    mutating func set(_ key: String, _ value: Double?) { object[key] = value.map(JSONValue.number) }
    /// Whole numbers keep every digit (a Double would round beyond 2^53).
    mutating func set(_ key: String, _ value: Int?) {
        object[key] = value.map { .number(JSONNumber(text: String($0), value: Double($0))) }
    }
    mutating func set(_ key: String, _ value: [String]?) {
        object[key] = value.map { .array($0.map(JSONValue.string)) }
    }
    mutating func set(_ key: String, json value: JSONValue?) { object[key] = value }
    mutating func set<E: RawRepresentable>(_ key: String, _ value: E?) where E.RawValue == String {
        object[key] = value.map { .string($0.rawValue) }
    }
}
