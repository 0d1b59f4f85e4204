/// A tab's (or overlay's) content as a scrollable document: section tables with headers that
/// stay on screen while their rows scroll, and lines of text. Table rows are produced on demand
/// so that a 10,000-project table costs only the rows that are visible.
public struct Document {
    public var blocks: [Block]

    public init(_ blocks: [Block]) { self.blocks = blocks }

    public enum Block {
        case table(Table)
        case text([Line])
        case gap
    }

    public var lineCount: Int { blocks.reduce(0) { $0 + $1.lineCount } }

    /// How many selectable rows the document has (rows of its tables, in order).
    public var rowCount: Int {
        blocks.reduce(0) { total, block in
            if case .table(let t) = block { return total + t.rowCount }
            return total
        }
    }

    /// Where a selectable row sits: its document line, the line its table starts on (its
    /// title), and its index in the table.
    public struct RowPlace: Equatable {
        public let line: Int
        public let tableStart: Int
        public let indexInTable: Int
    }

    public func place(ofRow row: Int) -> RowPlace? {
        var line = 0
        var remaining = row
        for block in blocks {
            if case .table(let t) = block {
                if remaining < t.rowCount {
                    let header = line + (t.title == nil ? 0 : 1)
                    return RowPlace(
                        line: header + 1 + remaining, tableStart: line,
                        indexInTable: remaining)
                }
                remaining -= t.rowCount
            }
            line += block.lineCount
        }
        return nil
    }

    /// What selectable row `row` stands for; nil past the last row or on a row that stands for nothing.
    public func ref(ofRow row: Int) -> RowRef? {
        var remaining = row
        for case .table(let t) in blocks {
            if remaining < t.rowCount { return t.ref(remaining) }
            remaining -= t.rowCount
        }
        return nil
    }

    /// The first selectable row that stands for `ref` (a multi-row entry's first row).
    public func row(of ref: RowRef) -> Int? {
        var first = 0
        for case .table(let t) in blocks {
            for i in 0..<t.rowCount where t.ref(i) == ref { return first + i }
            first += t.rowCount
        }
        return nil
    }
}

extension Document.Block {
    var lineCount: Int {
        switch self {
        case .table(let t): (t.title == nil ? 0 : 1) + 1 + max(t.rowCount, 1)
        case .text(let lines): lines.count
        case .gap: 1
        }
    }
}

/// A run of text in one role.
public struct Span: Sendable {
    public var text: String
    public var role: Role

    public init(_ text: String, _ role: Role = .normal) {
        self.text = text
        self.role = role
    }
}

/// A line of text: spans drawn one after another.
public struct Line: Sendable {
    public var spans: [Span]

    public init(_ spans: [Span]) { self.spans = spans }
    public init(_ text: String, _ role: Role = .normal) { spans = [Span(text, role)] }
}

/// A table cell: text and the role it is drawn in (status cells are coloured).
public typealias Cell = Span

public struct Column: Sendable {
    public enum Alignment: Sendable { case left, right }

    public var title: String
    public var alignment: Alignment
    /// The width it wants; nil: measured from the rows (small tables only).
    public var width: Int?
    /// The narrowest it may be squeezed to; equal to the wanted width for columns that must not be cut.
    public var minimum: Int
    /// Columns with a higher number are dropped first when the screen is too narrow; 0 never.
    public var dropOrder: Int
    /// Under a column cursor (the Inventory's `<`/`>`): its header is drawn highlighted.
    public var isCursor = false

    public init(
        _ title: String, _ alignment: Alignment = .left, width: Int? = nil, minimum: Int? = nil, dropOrder: Int = 0
    ) {
        self.title = title
        self.alignment = alignment
        self.width = width
        self.minimum = minimum ?? 0
        self.dropOrder = dropOrder
    }

    public static func number(_ title: String, width: Int? = nil, dropOrder: Int = 0) -> Column {
        Column(title, .right, width: width, minimum: -1, dropOrder: dropOrder)
    }
}

public struct Table {
    public var title: String?
    public var columns: [Column]
    public var rowCount: Int
    public var row: (Int) -> [Cell]
    /// What row i stands for (nil: nothing a key can act on). Asked only for the row under
    /// the cursor, so it costs nothing per frame.
    public var ref: (Int) -> RowRef?
    /// Shown in place of rows when there are none.
    public var empty: String
    /// What a click on the header of column i does (the Inventory sorts by it); nil: nothing.
    public var headerAction: (Int) -> Action? = { _ in nil }

    public init(
        _ title: String?, _ columns: [Column], count: Int, empty: String = "none yet",
        ref: @escaping (Int) -> RowRef? = { _ in nil }, row: @escaping (Int) -> [Cell]
    ) {
        self.title = title
        self.columns = columns
        rowCount = count
        self.row = row
        self.ref = ref
        self.empty = empty
    }

    public init(
        _ title: String?, _ columns: [Column], rows: [[Cell]], empty: String = "none yet",
        ref: @escaping (Int) -> RowRef? = { _ in nil }
    ) {
        self.init(title, columns, count: rows.count, empty: empty, ref: ref) { rows[$0] }
    }
}
