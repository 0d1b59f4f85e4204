import Model

/// The edits not yet on disk and the version they were made on, so that after another program
/// wrote the file they can be replayed on its version ("reload and re-apply my edit").
public struct UnsavedEdits: Equatable, Sendable {
    /// The ledger as last read or saved, before `edits`; nil when nothing is unsaved.
    public private(set) var base: Ledger?
    public private(set) var edits: [LedgerEdit] = []

    public init() {}

    mutating func record(_ edit: LedgerEdit, madeOn ledger: Ledger) {
        if base == nil { base = ledger }
        edits.append(edit)
    }

    mutating func clear() { self = UnsavedEdits() }
}
