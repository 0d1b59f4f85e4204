import Model

/// 8 Conflicts: the fields a git merge could not decide (the ledger's `conflicts`). Each row
/// shows base, ours and theirs; Left/Right picks a side for the row under the cursor (ours until
/// changed), Enter puts the picked value in place and drops the conflict (u undoes it). When
/// none remain the `conflicts` key is gone from the saved file and the status bar says to
/// `git add` it. The tab is in the tab bar only while there are conflicts.
enum ConflictsTab: TabComponent {
    static let title = "Conflicts"
    static let keyContext: KeyContext? = .conflicts

    static func document(_ state: AppState, width: Int) -> Document {
        var blocks = list(state)
        if let index = state.selectedConflict {
            let conflict = state.ledger.conflicts[index]
            blocks += [.gap, .text(detail(conflict, pick: state.pick(for: conflict), width: width))]
        }
        return Document(blocks)
    }

    /// The page without the detail under it: what the cursor's row is looked up in (the detail
    /// depends on the selection, so it cannot be part of finding it).
    static func list(_ state: AppState) -> [Document.Block] {
        let conflicts = state.ledger.conflicts
        return [
            .text([
                Line(
                    conflicts.isEmpty
                        ? "No merge conflicts. If this file came from a merge, `git add \(state.fileName)` marks it resolved."
                        : "\(conflicts.count) field\(conflicts.count == 1 ? "" : "s") the merge could not decide; ours is in place until you pick.",
                    .dim)
            ]),
            .gap,
            .table(table(state)),
        ]
    }

    static func table(_ state: AppState) -> Table {
        let conflicts = state.ledger.conflicts
        return Table(
            "Merge Conflicts (←→ pick, Enter applies, u undoes)",
            [
                Column("Field", minimum: 16), Column("Base", minimum: 6, dropOrder: 1), Column("Ours", minimum: 6),
                Column("Theirs", minimum: 6), Column("Pick", minimum: -1),
            ],
            rows: conflicts.map { c in
                let pick = state.pick(for: c)
                return [Cell(c.path.description)]
                    + MergeConflict.Side.shownOrder.map { side in
                        Cell(shown(c.value(side)), side == pick ? .key : .normal)
                    } + [Cell("▸ " + pick.rawValue, .key)]
            }, empty: "nothing to settle", ref: { .conflict(conflicts[$0].path) })
    }

    /// The three values in full for the conflict under the cursor, the picked one marked.
    static func detail(_ conflict: MergeConflict, pick: MergeConflict.Side, width: Int) -> [Line] {
        var lines = [Line(conflict.path.description, .sectionTitle)]
        for side in MergeConflict.Side.shownOrder {
            let marker = side == pick ? "▸ " : "  "
            let label = marker + side.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)
            let wrapped = Wrap.lines(shown(conflict.value(side)), width: max(10, width - 10))
            for (i, text) in wrapped.enumerated() {
                lines.append(
                    Line([
                        Span(i == 0 ? label : String(repeating: " ", count: 9), side == pick ? .key : .dim),
                        Span(text, side == pick ? .key : .normal),
                    ]))
            }
        }
        return lines
    }

    /// A side's value in one line; an absent side reads "(none)": deleted or never set.
    static func shown(_ value: JSONValue?) -> String {
        switch value {
        case nil: "(none)"
        case .string(let s)?: s
        case let v?: JSONWriter.compact(v)
        }
    }

    static func perform(_ action: Action, _ state: AppState) -> (AppState, [Effect])? {
        guard case .conflicts(let action) = action else { return nil }
        var s = state
        guard let index = s.selectedConflict else {
            s.message = "no merge conflict under the cursor"
            return (s, [])
        }
        let conflict = s.ledger.conflicts[index]
        switch action {
        case .pickNext, .pickPrevious:
            let order = MergeConflict.Side.shownOrder
            let at = order.firstIndex(of: s.pick(for: conflict))!
            s.conflictPicks[conflict.path] = order[(at + (action == .pickNext ? 1 : order.count - 1)) % order.count]
            return (s, [])
        case .apply:
            let side = s.pick(for: conflict)
            let (_, problems) = s.ledger.settling(conflict: index, with: side)
            if let problem = problems.first {
                s.message = "cannot take \(side.rawValue) for \(conflict.path): \(problem)"
                return (s, [])
            }
            s.conflictPicks[conflict.path] = nil
            var (after, effects) = Update.commit(.settleConflict(at: index, value: conflict.value(side)), s)
            if after.ledger.conflicts.isEmpty, after.ledger.conflicts != s.ledger.conflicts {
                after.message = "all merge conflicts settled: `git add \(after.fileName)` to mark the merge resolved"
            }
            return (after, effects)
        }
    }
}

/// The Conflicts tab's own keys (bound in the keymap's `.conflicts` context).
public enum ConflictsAction: Equatable, Sendable {
    case pickNext, pickPrevious, apply

    /// Whether the action changes the ledger (refused when read-only).
    var edits: Bool {
        switch self {
        case .apply: true
        case .pickNext, .pickPrevious: false
        }
    }
}

extension MergeConflict.Side {
    /// Left to right, as the table shows them.
    static let shownOrder: [MergeConflict.Side] = [.base, .ours, .theirs]
}

extension AppState {
    /// The conflict under the Conflicts cursor, as an index into the ledger's conflicts.
    var selectedConflict: Int? {
        guard case .conflict(let path) = Document(ConflictsTab.list(self)).ref(ofRow: scrollState(.conflicts).cursor)
        else { return nil }
        return ledger.conflicts.firstIndex { $0.path == path }
    }

    /// The side picked for a conflict: ours (what is in place) until Left/Right changes it.
    func pick(for conflict: MergeConflict) -> MergeConflict.Side { conflictPicks[conflict.path] ?? .ours }
}
