/// A place in a ledger named by identity rather than by position, so it stays true after either
/// side of a merge reordered or added items: `projects["billing-api"].docker.nonRoot`,
/// `issues[3].solution`, `targets."coverage.docker"`. Brackets pick a list item by its identity
/// (a quoted name or date, or an issue id); dots pick an object key, quoted when it is not a
/// plain word.
public struct LedgerPath: Hashable, Sendable, CustomStringConvertible {
    public enum Component: Hashable, Sendable {
        case key(String)
        case item(ItemIdentity)
    }

    public private(set) var components: [Component]

    public init(_ components: [Component] = []) { self.components = components }

    public func key(_ name: String) -> LedgerPath { LedgerPath(components + [.key(name)]) }
    public func item(_ identity: ItemIdentity) -> LedgerPath { LedgerPath(components + [.item(identity)]) }

    /// The object keys along the path, items skipped: what decides which identity rule a list has.
    var keys: [String] { components.compactMap { if case .key(let k) = $0 { k } else { nil } } }

    public var description: String {
        var out = ""
        for component in components {
            switch component {
            case .key(let k):
                if !out.isEmpty { out += "." }
                out += LedgerPath.isPlainWord(k) ? k : JSONWriter.compact(.string(k))
            case .item(.number(let n)): out += "[\(n)]"
            case .item(.text(let s)): out += "[" + JSONWriter.compact(.string(s)) + "]"
            }
        }
        return out
    }

    static func isPlainWord(_ s: String) -> Bool {
        !s.isEmpty
            && s.unicodeScalars.allSatisfy {
                ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) || $0 == "_"
            }
    }

    /// Reads the printed form back; nil when it is not one.
    public init?(parsing text: String) {
        var components: [Component] = []
        var rest = Substring(text)
        var first = true
        while !rest.isEmpty {
            if rest.first == "[" {
                rest.removeFirst()
                if rest.first == "\"" {
                    guard let (s, after) = LedgerPath.quoted(rest), after.first == "]" else { return nil }
                    components.append(.item(.text(s)))
                    rest = after.dropFirst()
                } else {
                    guard let close = rest.firstIndex(of: "]"), let n = Int(rest[..<close]) else { return nil }
                    components.append(.item(.number(n)))
                    rest = rest[rest.index(after: close)...]
                }
            } else {
                if !first {
                    guard rest.first == "." else { return nil }
                    rest.removeFirst()
                }
                if rest.first == "\"" {
                    guard let (s, after) = LedgerPath.quoted(rest) else { return nil }
                    components.append(.key(s))
                    rest = after
                } else {
                    let end = rest.firstIndex { $0 == "." || $0 == "[" } ?? rest.endIndex
                    let word = String(rest[..<end])
                    guard LedgerPath.isPlainWord(word) else { return nil }
                    components.append(.key(word))
                    rest = rest[end...]
                }
            }
            first = false
        }
        guard !components.isEmpty else { return nil }
        self.components = components
    }

    /// A JSON string literal at the start of `text`, and what follows it.
    private static func quoted(_ text: Substring) -> (String, Substring)? {
        var i = text.index(after: text.startIndex)
        var escaped = false
        while i < text.endIndex {
            let c = text[i]
            if escaped {
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else if c == "\"" {
                let literal = text[text.startIndex...i]
                guard case .string(let s)? = try? JSONParser.parse(String(literal)) else { return nil }
                return (s, text[text.index(after: i)...])
            }
            i = text.index(after: i)
        }
        return nil
    }
}

/// How a list item is named in a path: an issue id, or a project name / snapshot date.
public enum ItemIdentity: Hashable, Sendable {
    case number(Int)
    case text(String)
}
