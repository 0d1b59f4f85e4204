import Foundation

/// What a filter reads of every project, prepared once per ledger so a keystroke only compares:
/// lowercased search keys (name, owner, base image, registry) as bytes, the level and the fact
/// flags; a field's values are read from the field table the first time a filter names it.
public struct ProjectFilterIndex: Sendable {
    let projects: [Project]
    let keys: ByteColumn
    let levels: [Int]
    let stale: [Bool]
    let manualOnly: [Bool]
    let active: [Bool]
    private let columns = FieldColumns()

    /// `levels`: each project's adoption level (the engine's), by index.
    public init(projects: [Project], levels: [Int], asOf: Double) {
        self.projects = projects
        self.levels = levels
        // One pass, each key's bytes written straight into the column (opening a big ledger
        // builds this before the first frame).
        var keys = ByteColumn.Builder(rows: projects.count)
        var (stale, manualOnly, active) = ([Bool](), [Bool](), [Bool]())
        stale.reserveCapacity(projects.count)
        manualOnly.reserveCapacity(projects.count)
        active.reserveCapacity(projects.count)
        for p in projects {
            keys.appendRow { Self.appendKey(of: p, to: &$0) }
            stale.append(p.hasStaleFacts(asOf: asOf))
            manualOnly.append(p.isManualOnly)
            active.append(p.isActive)
        }
        self.keys = keys.column
        (self.stale, self.manualOnly, self.active) = (stale, manualOnly, active)
    }

    private init(
        projects: [Project], keys: ByteColumn, levels: [Int], stale: [Bool], manualOnly: [Bool], active: [Bool]
    ) {
        self.projects = projects
        self.keys = keys
        self.levels = levels
        self.stale = stale
        self.manualOnly = manualOnly
        self.active = active
    }

    /// The index after some projects changed in place (an edit in the dashboard): `projects`
    /// is the new ledger's list, kept as it is (no copy), and only the changed rows are read
    /// again; field columns are read again when a filter names one. `levels` are the engine's
    /// levels for the new list.
    public func replacing(_ changed: [Int], in projects: [Project], levels: [Int], asOf: Double) -> ProjectFilterIndex {
        var (keys, stale, manualOnly, active) = (keys, stale, manualOnly, active)
        for index in changed {
            let project = projects[index]
            stale[index] = project.hasStaleFacts(asOf: asOf)
            manualOnly[index] = project.isManualOnly
            active[index] = project.isActive
            keys = keys.replacing(row: index, with: Self.key(project))
        }
        return ProjectFilterIndex(
            projects: projects, keys: keys, levels: levels, stale: stale, manualOnly: manualOnly, active: active)
    }

    /// The index after a project was added at `index` (those from `index` on moved up by one):
    /// its row is read and put in, the others kept. `projects` and `levels` are the new ledger's.
    public func inserting(at index: Int, in projects: [Project], levels: [Int], asOf: Double) -> ProjectFilterIndex {
        var (stale, manualOnly, active) = (stale, manualOnly, active)
        let project = projects[index]
        stale.insert(project.hasStaleFacts(asOf: asOf), at: index)
        manualOnly.insert(project.isManualOnly, at: index)
        active.insert(project.isActive, at: index)
        return ProjectFilterIndex(
            projects: projects, keys: keys.inserting(row: index, Self.key(project)), levels: levels, stale: stale,
            manualOnly: manualOnly, active: active)
    }

    /// The index after the project at `index` was removed (those after it moved down by one).
    /// `projects` and `levels` are the new ledger's.
    public func removing(at index: Int, in projects: [Project], levels: [Int]) -> ProjectFilterIndex {
        var (stale, manualOnly, active) = (stale, manualOnly, active)
        stale.remove(at: index)
        manualOnly.remove(at: index)
        active.remove(at: index)
        return ProjectFilterIndex(
            projects: projects, keys: keys.removing(row: index), levels: levels, stale: stale, manualOnly: manualOnly,
            active: active)
    }

    /// What text search reads of a project: name, owner, base image and registry, lowercased,
    /// separated by U+0001 (which no search types).
    static func key(_ p: Project) -> [UInt8] {
        var bytes: [UInt8] = []
        appendKey(of: p, to: &bytes)
        return bytes
    }

    private static func appendKey(of p: Project, to bytes: inout [UInt8]) {
        let parts = [p.name, p.owner ?? "", p.docker?.baseImage ?? "", p.docker?.registry?.name ?? ""]
        guard parts.allSatisfy({ $0.utf8.allSatisfy { $0 < 0x80 } }) else {
            bytes += parts.joined(separator: "\u{1}").lowercased().utf8
            return
        }
        // ASCII (nearly every key): lowercased byte by byte, without building strings.
        for (k, part) in parts.enumerated() {
            if k > 0 { bytes.append(0x01) }
            for byte in part.utf8 { bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte) }
        }
    }

    public var count: Int { projects.count }

    /// The rows (project indexes) of `rows` that match, in the same order.
    public func matching(_ filter: ProjectFilter, among rows: [Int]) -> [Int] {
        let tests = filter.terms.map(predicate)
        switch tests.count {
        case 0: return rows
        case 1: return rows.filter(tests[0])
        default: return rows.filter { i in tests.allSatisfy { $0(i) } }
        }
    }

    public func matches(_ filter: ProjectFilter, project: Int) -> Bool {
        filter.terms.allSatisfy { predicate($0)(project) }
    }

    private func predicate(_ term: ProjectFilter.Term) -> (Int) -> Bool {
        let test = positive(term.test)
        return term.negated ? { !test($0) } : test
    }

    private func positive(_ test: ProjectFilter.Test) -> (Int) -> Bool {
        switch test {
        case .text(let needle):
            let keys = self.keys
            let bytes = Array(needle.utf8)
            return { keys.contains(bytes, row: $0) }
        case .keyword(let keyword):
            let flags: [Bool]
            switch keyword {
            case .stale: flags = stale
            case .manualOnly: flags = manualOnly
            case .active: flags = active
            case .archived: return { [active] in !active[$0] }
            }
            return { flags[$0] }
        case .level(let relation, let level):
            let levels = self.levels
            return { $0 < levels.count && relation.holds(levels[$0], level) }
        case .field(let id, let comparison):
            return Self.test(column(ProjectField[id]), comparison)
        }
    }

    private static func test(_ column: FieldColumn, _ comparison: ProjectFilter.Comparison) -> (Int) -> Bool {
        switch (column, comparison) {
        case (.text(let c), .isUnknown): return { c.isEmpty(row: $0) }
        case (.text(let c), .contains(let v)):
            let bytes = Array(v.utf8)
            return { c.contains(bytes, row: $0) }
        case (.text(let c), .equals(let v)):
            let bytes = Array(v.utf8)
            return { c.equals(bytes, row: $0) }
        case (.text(let c), .notEquals(let v)):
            // Unknown is not "different from v": it may be v.
            let bytes = Array(v.utf8)
            return { !c.isEmpty(row: $0) && !c.equals(bytes, row: $0) }
        case (.number(let c), .isUnknown): return { c[$0].isNaN }
        case (.number(let c), .number(let relation, let v)): return { !c[$0].isNaN && relation.holds(c[$0], v) }
        case (.day(let c), .isUnknown): return { c[$0].isEmpty }
        case (.day(let c), .day(let relation, let v)): return { !c[$0].isEmpty && relation.holds(c[$0], v) }
        // The parser gives each kind its comparisons; any other pair matches nothing.
        case (.text, .number), (.text, .day), (.number, .contains), (.number, .equals), (.number, .notEquals),
            (.number, .day), (.day, .contains), (.day, .equals), (.day, .notEquals), (.day, .number):
            return { _ in false }
        }
    }

    private func column(_ field: ProjectField) -> FieldColumn {
        columns.value(field.id) {
            switch field.kind {
            case .number, .wholeNumber, .rate:
                return .number(projects.map { Double(field.text(of: $0)) ?? .nan })
            case .day:
                return .day(projects.map { field.text(of: $0) })
            case .flag, .choice:
                // "yes", "no" and choices are written in lower case already.
                return .text(ByteColumn(projects.map { field.text(of: $0) }))
            case .text, .requiredText, .list:
                return .text(ByteColumn(projects.map { field.text(of: $0).lowercased() }))
            }
        }
    }
}

/// One field's value for every project, as the filter compares it (unknown: empty text, NaN).
enum FieldColumn: Sendable {
    case text(ByteColumn)
    case number([Double])
    case day([String])
}

/// Columns computed on first use and shared by every copy of the index (it is never changed:
/// a new ledger makes a new index).
private final class FieldColumns: @unchecked Sendable {
    private let lock = NSLock()
    private var byField: [ProjectFieldID: FieldColumn] = [:]

    func value(_ id: ProjectFieldID, _ compute: () -> FieldColumn) -> FieldColumn {
        lock.lock()
        defer { lock.unlock() }
        if let column = byField[id] { return column }
        let column = compute()
        byField[id] = column
        return column
    }
}

/// Texts stored as one run of UTF-8 bytes, so a substring test is a byte scan: no String
/// comparison, no allocation per row.
public struct ByteColumn: Sendable {
    private let bytes: [UInt8]
    private let starts: [Int]

    public init(_ texts: [String]) {
        var bytes: [UInt8] = []
        var starts: [Int] = [0]
        starts.reserveCapacity(texts.count + 1)
        for text in texts {
            bytes.append(contentsOf: text.utf8)
            starts.append(bytes.count)
        }
        self.bytes = bytes
        self.starts = starts
    }

    private init(bytes: [UInt8], starts: [Int]) {
        self.bytes = bytes
        self.starts = starts
    }

    /// Builds a column row by row, each row's bytes written in place.
    struct Builder {
        private var bytes: [UInt8] = []
        private var starts: [Int] = [0]

        init(rows: Int) { starts.reserveCapacity(rows + 1) }

        mutating func appendRow(_ write: (inout [UInt8]) -> Void) {
            write(&bytes)
            starts.append(bytes.count)
        }

        var column: ByteColumn { ByteColumn(bytes: bytes, starts: starts) }
    }

    /// The column with one row's bytes replaced: the bytes after it move, the starts after it shift.
    func replacing(row: Int, with new: [UInt8]) -> ByteColumn {
        var bytes = bytes
        var starts = starts
        let shift = new.count - (starts[row + 1] - starts[row])
        bytes.replaceSubrange(starts[row]..<starts[row + 1], with: new)
        if shift != 0 {
            for i in (row + 1)..<starts.count { starts[i] += shift }
        }
        return ByteColumn(bytes: bytes, starts: starts)
    }

    /// The column with a row put in at `row`: the rows from it on move down by one.
    func inserting(row: Int, _ new: [UInt8]) -> ByteColumn {
        var bytes = bytes
        var starts = starts
        let at = starts[row]
        bytes.insert(contentsOf: new, at: at)
        for i in row..<starts.count { starts[i] += new.count }
        starts.insert(at, at: row)
        return ByteColumn(bytes: bytes, starts: starts)
    }

    /// The column without row `row`: the rows after it move up by one.
    func removing(row: Int) -> ByteColumn {
        var bytes = bytes
        var starts = starts
        let length = starts[row + 1] - starts[row]
        bytes.removeSubrange(starts[row]..<starts[row + 1])
        starts.remove(at: row)
        for i in row..<starts.count { starts[i] -= length }
        return ByteColumn(bytes: bytes, starts: starts)
    }

    func isEmpty(row: Int) -> Bool { starts[row] == starts[row + 1] }

    func equals(_ needle: [UInt8], row: Int) -> Bool {
        starts[row + 1] - starts[row] == needle.count && hasPrefix(needle, row: row)
    }

    public func hasPrefix(_ needle: [UInt8], row: Int) -> Bool {
        let from = starts[row]
        guard starts[row + 1] - from >= needle.count else { return false }
        return bytes.withUnsafeBufferPointer { hay in
            var i = 0
            while i < needle.count && hay[from + i] == needle[i] { i += 1 }
            return i == needle.count
        }
    }

    public func contains(_ needle: [UInt8], row: Int) -> Bool {
        let from = starts[row]
        let end = starts[row + 1]
        let n = needle.count
        if n == 0 { return true }
        if end - from < n { return false }
        return bytes.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { needle in
                let first = needle[0]
                var i = from
                let last = end - n
                while i <= last {
                    if hay[i] == first {
                        var j = 1
                        while j < n && hay[i + j] == needle[j] { j += 1 }
                        if j == n { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }
}
