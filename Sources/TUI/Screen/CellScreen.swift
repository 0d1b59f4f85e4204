import Model

/// An in-memory screen: a grid of cells, for tests and benchmarks. A wide character takes its
/// cell and marks the next one as its continuation, as a terminal does.
public struct CellScreen: Screen {
    public struct Glyph: Equatable, Sendable {
        /// The grapheme drawn here; empty for the right half of a wide character.
        public var text: String
        public var style: Style

        static let blank = Glyph(text: " ", style: .normal)
    }

    public private(set) var size: Size
    public private(set) var cells: [[Glyph]]
    public private(set) var presentCount = 0

    public init(columns: Int, rows: Int) {
        size = Size(columns: columns, rows: rows)
        cells = Array(repeating: Array(repeating: .blank, count: columns), count: rows)
    }

    public mutating func resize(columns: Int, rows: Int) {
        self = CellScreen(columns: columns, rows: rows)
    }

    public mutating func clear() {
        for r in cells.indices { for c in cells[r].indices { cells[r][c] = .blank } }
    }

    public mutating func put(_ text: String, row: Int, column: Int, style: Style) {
        guard row >= 0, row < size.rows else { return }
        var col = column
        for ch in Sanitizer.visible(text) {
            let w = TextWidth.of(ch)
            if w == 0 { continue }
            guard col >= 0 else {
                col += w
                continue
            }
            guard col + w <= size.columns else {
                // A wide character that would straddle the edge is not drawn half.
                if col < size.columns { set(row, col, Glyph(text: " ", style: style)) }
                break
            }
            set(row, col, Glyph(text: String(ch), style: style))
            if w == 2 { set(row, col + 1, Glyph(text: "", style: style)) }
            col += w
        }
    }

    public mutating func present() { presentCount += 1 }

    /// Writes a cell, blanking the other half of any wide character it overwrites.
    private mutating func set(_ row: Int, _ col: Int, _ cell: Glyph) {
        if cells[row][col].text.isEmpty, col > 0, cell.text != "" { cells[row][col - 1] = .blank }
        if col + 1 < size.columns, cells[row][col + 1].text.isEmpty, cells[row][col].text != "", cell.text != "" {
            cells[row][col + 1] = .blank
        }
        cells[row][col] = cell
    }

    /// The row as text, trailing blanks removed.
    public func line(_ row: Int) -> String {
        var s = cells[row].map(\.text).joined()
        while s.last == " " { s.removeLast() }
        return s
    }

    /// Every row, trailing blanks removed.
    public var lines: [String] { (0..<size.rows).map(line) }

    /// The style of the cell at (row, column).
    public func style(_ row: Int, _ column: Int) -> Style { cells[row][column].style }

    /// The style of the first cell of `needle` on a row, for colour assertions.
    public func style(ofFirst needle: String, inRow row: Int) -> Style? {
        let texts = cells[row].enumerated().filter { !$0.element.text.isEmpty }.map { ($0.offset, $0.element.text) }
        let joined = texts.map(\.1).joined()
        guard let range = joined.range(of: needle) else { return nil }
        let index = joined.distance(from: joined.startIndex, to: range.lowerBound)
        return cells[row][texts[index].0].style
    }
}
