/// A terminal size in character cells.
public struct Size: Equatable, Sendable {
    public var columns: Int
    public var rows: Int

    public init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
    }
}

/// How a run of text is drawn: a theme role, and whether it sits on the selected row.
public struct Style: Hashable, Sendable {
    public var role: Role
    public var selected: Bool

    public init(_ role: Role, selected: Bool = false) {
        self.role = role
        self.selected = selected
    }

    public static let normal = Style(.normal)
}

/// Where views draw. Views know nothing else about the terminal, so they can be rendered into
/// memory for tests and benchmarks as well as into curses.
public protocol Screen {
    var size: Size { get }
    mutating func clear()
    /// Draws `text` from (row, column), clipped at the right edge. Text is sanitised on the way.
    mutating func put(_ text: String, row: Int, column: Int, style: Style)
    mutating func present()
}
