import Model

/// The edits not yet on disk and the version they were made on, so that after another program
/// wrote the file they can be replayed on its version ("reload and re-apply my edit").
///
/// Saves run in the background and coalesce, so a save that finishes may hold only the first
/// of the edits made so far: each edit gets a sequence number, a save names the last one it
/// holds (`recorded` when it was asked for), and only those leave the list when it is written.
public struct UnsavedEdits: Equatable, Sendable {
    /// The ledger as last read or saved, before `edits`; nil when nothing is unsaved.
    public private(set) var base: Ledger?
    public private(set) var edits: [LedgerEdit] = []
    /// How many edits were ever recorded: the sequence number of the newest one. Never goes
    /// back, so a late report of an old save cannot claim a newer edit.
    public private(set) var recorded = 0

    public init() {}

    mutating func record(_ edit: LedgerEdit, madeOn ledger: Ledger) {
        if base == nil { base = ledger }
        edits.append(edit)
        recorded += 1
    }

    /// A save holding the edits up to sequence number `through` was written: those are on disk
    /// now, and the ones after them were made on the version it wrote.
    mutating func saved(through: Int) {
        let onDisk = edits.count - max(0, recorded - through)
        guard onDisk < edits.count, var written = base else {
            clear()
            return
        }
        for edit in edits.prefix(max(0, onDisk)) { edit.apply(to: &written) }
        base = written
        edits.removeFirst(max(0, onDisk))
    }

    /// Nothing is unsaved (a reload or a full save); the sequence goes on.
    mutating func clear() {
        base = nil
        edits = []
    }
}
