/// A parsed Inventory filter: terms separated by spaces, all of which a project must match.
///
/// - plain text (`web`, or `"python:3.12"` quoted) matches name, owner, base image or registry,
///   ignoring case;
/// - `stale` (a scanned or imported fact older than 90 days, as the project detail marks it),
///   `manual-only`, `archived`, `active`;
/// - `FIELD:VALUE`, `FIELD=VALUE`, `FIELD!=VALUE` and, on numbers, days and the level,
///   `FIELD<N`, `<=`, `>`, `>=`: FIELD is a project field by its `project set` option
///   (`non-root`, `nonroot`, `image-size-mb`), a single-word label (`critical`) or the first word
///   of one option (`image`, `owner`); `level` is the adoption level. `?` as VALUE is unknown.
/// - `!` before any term negates it.
public struct ProjectFilter: Equatable, Sendable {
    public let terms: [Term]

    public static let all = ProjectFilter(terms: [])

    public var isEmpty: Bool { terms.isEmpty }

    public struct Term: Equatable, Sendable {
        public var negated: Bool
        public var test: Test
    }

    public enum Test: Equatable, Sendable {
        /// Lowercased text found in the name, owner, base image or registry.
        case text(String)
        case keyword(Keyword)
        /// A field of the project table compared with a value.
        case field(id: ProjectFieldID, Comparison)
        /// The adoption level 0-4.
        case level(Relation, Int)
    }

    public enum Keyword: String, CaseIterable, Sendable {
        case stale
        case manualOnly = "manual-only"
        case archived
        case active
    }

    public enum Relation: String, CaseIterable, Sendable {
        case equal = "="
        case notEqual = "!="
        case less = "<"
        case lessOrEqual = "<="
        case greater = ">"
        case greaterOrEqual = ">="

        func holds<T: Comparable>(_ a: T, _ b: T) -> Bool {
            switch self {
            case .equal: a == b
            case .notEqual: a != b
            case .less: a < b
            case .lessOrEqual: a <= b
            case .greater: a > b
            case .greaterOrEqual: a >= b
            }
        }
    }

    /// What a field term asks of the field's value.
    public enum Comparison: Equatable, Sendable {
        /// The value is unknown (`FIELD:?`).
        case isUnknown
        /// Text contains (`owner:data`), lowercased.
        case contains(String)
        /// Text or choice equal, ignoring case (`nonroot:no`, `owner=data`), lowercased.
        case equals(String)
        case notEquals(String)
        case number(Relation, Double)
        /// A day `YYYY-MM-DD`, compared as text (which orders days).
        case day(Relation, String)
    }
}

/// Why a filter could not be read, naming the term: shown on the filter line.
public struct FilterError: Error, Equatable, Sendable, CustomStringConvertible {
    public let term: String
    public let reason: String

    public var description: String { "\(term): \(reason)" }
}

extension ProjectFilter {
    /// Whether every project this filter matches is also matched by `earlier`, so the rows of
    /// `earlier` can be filtered instead of every project (typing that extends the text).
    public func narrows(_ earlier: ProjectFilter) -> Bool {
        earlier.terms.allSatisfy { old in
            terms.contains { new in
                if new == old { return true }
                // A longer text is found in fewer places; a longer excluded text excludes fewer.
                guard !new.negated, !old.negated else { return false }
                switch (new.test, old.test) {
                case (.text(let a), .text(let b)): return a.contains(b)
                case (.field(let f, .contains(let a)), .field(let g, .contains(let b))): return f == g && a.contains(b)
                default: return false
                }
            }
        }
    }
}
