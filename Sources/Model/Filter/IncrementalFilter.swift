/// A filter being typed over a fixed list of rows. Each good result is kept with its text, so
/// typing that extends the filter narrows the last result (not every project again) and
/// Backspace goes back to a kept result without filtering at all. A text that does not parse
/// keeps the last good result and says why.
public struct IncrementalFilter: Sendable {
    private struct Step: Sendable {
        let text: String
        let filter: ProjectFilter
        let rows: [Int]
    }

    /// The results kept, each text a prefix of the next; the first is every row, unfiltered.
    private var steps: [Step]
    public private(set) var text = ""
    /// Why `text` is not a filter; nil when it is.
    public private(set) var error: FilterError?
    /// The last good result, in the order of the rows given.
    public private(set) var rows: [Int]

    /// Every row, unfiltered, in the order given.
    public var allRows: [Int] { steps[0].rows }

    public init(rows: [Int]) {
        steps = [Step(text: "", filter: .all, rows: rows)]
        self.rows = rows
    }

    /// Starts again from new rows (another sort, a new ledger) and filters them once.
    public mutating func reset(rows: [Int], index: ProjectFilterIndex) {
        let typed = text
        self = IncrementalFilter(rows: rows)
        setText(typed, index: index)
    }

    public mutating func setText(_ new: String, index: ProjectFilterIndex) {
        text = new
        // Results whose text is not a prefix of the new one were for characters erased since.
        while steps.count > 1, let last = steps.last, !new.hasPrefix(last.text) { steps.removeLast() }
        let filter: ProjectFilter
        do {
            filter = try ProjectFilter.parse(new)
        } catch {
            self.error = error
            return
        }
        error = nil
        if let last = steps.last, last.text == new {
            rows = last.rows
            return
        }
        // The latest result the new filter can only remove rows from; the first one always is.
        let base = steps.last { filter.narrows($0.filter) } ?? steps[0]
        rows = base.filter == filter ? base.rows : index.matching(filter, among: base.rows)
        steps.append(Step(text: new, filter: filter, rows: rows))
    }
}
