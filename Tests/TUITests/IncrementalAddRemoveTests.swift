import Testing

@testable import Model
@testable import TUI

/// Adding or deleting a project, undoing and redoing either, and editing one keep the
/// dashboard's data updated by that one project: the report, the filter keys, the issue order
/// and every Inventory column's kept order equal what a fresh start on the new ledger has.
@Suite struct IncrementalAddRemoveTests {
    /// The Inventory of `ledger` with every column's order computed (each is then kept across
    /// edits, never computed again), sorted by `column`, filtered by `filter`.
    private func everyOrderKept(
        _ ledger: Ledger, sortedBy column: InventoryColumn, descending: Bool = false, filter: String = "",
        hidesArchived: Bool = false
    ) -> AppState {
        var s = Fixtures.tab(.inventory, Fixtures.state(ledger))
        for c in InventoryColumn.allCases { s.inventory.sort(by: c, descending: false, data: s.data) }
        s.inventory.sort(by: column, descending: descending, data: s.data)
        s.inventory.setHidesArchived(hidesArchived, data: s.data)
        s.inventory.setFilter(filter, data: s.data)
        return s
    }

    /// Everything derived from the ledger in `s` equals a fresh computation, and each column's
    /// kept order (every one of them, both ways) equals a fresh sort.
    private func expectFresh(_ s: AppState, _ what: String) {
        let fresh = LedgerData(ledger: s.ledger, asOf: Fixtures.asOf)
        #expect(s.report.metrics == fresh.report.metrics, "\(what)")
        #expect(s.report.standings == fresh.report.standings, "\(what)")
        #expect(s.report.projectLevels == fresh.report.projectLevels, "\(what)")
        #expect(s.report.counts == fresh.report.counts, "\(what)")
        #expect(s.report.levelRows == fresh.report.levelRows, "\(what)")
        #expect(s.data.issuesNewestFirst == fresh.issuesNewestFirst, "\(what)")
        #expect(s.data.oversizedWithoutIssue == fresh.oversizedWithoutIssue, "\(what)")
        let all = Array(s.ledger.projects.indices)
        for text in ["a", "aaa", "tracker", "nonroot:no", "image>100", "level>=2", "archived", "stale"] {
            let filter = try! ProjectFilter.parse(text)
            #expect(
                s.data.filterIndex.matching(filter, among: all) == fresh.filterIndex.matching(filter, among: all),
                "\(what) \(text)")
        }
        #expect(s.inventory.keptOrderColumns == Set(InventoryColumn.allCases), "\(what)")
        for column in InventoryColumn.allCases {
            for descending in [false, true] {
                var kept = s.inventory
                kept.sort(by: column, descending: descending, data: s.data)
                var sorted = InventoryQuery(data: fresh)
                sorted.setHidesArchived(s.inventory.hidesArchived, data: fresh)
                sorted.sort(by: column, descending: descending, data: fresh)
                sorted.setFilter(s.inventory.filter, data: fresh)
                #expect(kept.order == sorted.order, "\(what): \(column)\(descending ? " descending" : "")")
            }
        }
    }

    private static func firstWithIssues(_ ledger: Ledger) -> Int {
        ledger.projects.indices.first { !ProjectCascade.issues(of: ledger.projects[$0].name, in: ledger).isEmpty }!
    }

    /// A copy of a demo project under a new name, with some facts changed.
    private static func newProject(_ name: String, from ledger: Ledger, _ change: (inout Project) -> Void = { _ in })
        -> Project
    {
        var p = ledger.projects[5]
        p.name = name
        change(&p)
        return p
    }

    @Test(arguments: InventoryColumn.allCases)
    func addsDeletesAndTheirUndoEqualAFullComputation(column: InventoryColumn) {
        let demo = Fixtures.demo()
        let ordinal = InventoryColumn.allCases.firstIndex(of: column) ?? 0
        var s = everyOrderKept(
            demo, sortedBy: column, descending: ordinal % 2 == 1, filter: ordinal % 4 == 0 ? "a" : "",
            hidesArchived: ordinal % 3 == 0)
        let edits: [(String, (Ledger) -> LedgerEdit)] = [
            (
                "added last",
                { l in
                    .insertProject(
                        Self.newProject("aaa-added", from: l) { $0.docker?.imageSizeMB = 1 }, at: l.projects.count)
                }
            ),
            (
                "added first",
                { l in .insertProject(Self.newProject("zzz-first", from: l) { $0.status = .archived }, at: 0) }
            ),
            (
                "added in the middle",
                { l in .insertProject(Self.newProject("mid", from: l) { $0.docker = nil }, at: 7) }
            ),
            ("deleted first", { _ in .removeProject(at: 0) }),
            ("deleted last", { l in .removeProject(at: l.projects.count - 1) }),
            ("deleted in the middle", { _ in .removeProject(at: 10) }),
            ("deleted, issues kept", { l in ProjectCascade.delete(Self.firstWithIssues(l), issuesOf: .keep, in: l) }),
            (
                "deleted with its issues",
                { l in ProjectCascade.delete(Self.firstWithIssues(l), issuesOf: .delete, in: l) }
            ),
            (
                "changed in place",
                { l in .replaceProject(Self.newProject("changed", from: l) { $0.owner = "zzz" }, at: 3) }
            ),
        ]
        for (what, make) in edits {
            let before = s
            var ledger = s.ledger
            let edit = make(ledger)
            let undo = edit.apply(to: &ledger)
            s.replaceLedger(ledger, asOf: Fixtures.asOf, by: edit)
            expectFresh(s, "\(what), sorted by \(column)")
            // Its undo brings back the orders the state before it had, kept too.
            var undone = s
            var back = ledger
            undo.apply(to: &back)
            undone.replaceLedger(back, asOf: Fixtures.asOf, by: undo)
            #expect(back == before.ledger, "\(what)")
            expectFresh(undone, "undo of \(what), sorted by \(column)")
            #expect(undone.inventory.order == before.inventory.order, "undo of \(what), sorted by \(column)")
        }
    }

    /// Through the keys: `a` adds, `d` `y` deletes (with its issues), `u` and Ctrl-R undo and redo
    /// each, the Inventory sorted by Status with every other order kept.
    @Test func addAndDeleteThroughTheKeysWithUndoAndRedo() {
        var s = everyOrderKept(Fixtures.demo(), sortedBy: .status)
        s = Fixtures.press([.char("a")] + InventoryEditingTests.keys("billing-worker"), s).0
        s = InventoryEditingTests.focus(.usesDocker, s)
        s = Fixtures.press(.right, on: s)
        s = InventoryEditingTests.focus(.imageSizeMB, s)
        s = Fixtures.press(InventoryEditingTests.keys("180") + [.enter], s).0
        #expect(s.ledger.projects.last?.name == "billing-worker")
        #expect(s.selectedProjectName == "billing-worker")
        expectFresh(s, "added")
        for (what, key) in [("undo of the add", Key.char("u")), ("redo of the add", .ctrl("r"))] {
            s = Fixtures.press(key, on: s)
            expectFresh(s, what)
        }
        let index = s.ledger.projects.indices.first {
            !ProjectCascade.issues(of: s.ledger.projects[$0].name, in: s.ledger).isEmpty
        }!
        let name = s.ledger.projects[index].name
        s.select(.project(index), on: .inventory)
        #expect(s.selectedProjectName == name)
        s = Fixtures.press(.char("d"), .char("y"), on: s)
        #expect(s.ledger.project(named: name) == nil)
        expectFresh(s, "deleted with its issues")
        for (what, key) in [("undo of the delete", Key.char("u")), ("redo of the delete", .ctrl("r"))] {
            s = Fixtures.press(key, on: s)
            expectFresh(s, what)
        }
    }

    /// The only project deleted leaves an empty ledger; its undo brings it back.
    @Test func deletingTheOnlyProjectAndUndoingIt() {
        var s = everyOrderKept(Fixtures.oneProject(), sortedBy: .imageSize)
        s = Fixtures.press(.char("d"), .char("y"), on: s)
        #expect(s.ledger.projects.isEmpty)
        #expect(s.inventory.order.isEmpty)
        expectFresh(s, "emptied")
        s = Fixtures.press(.char("u"), on: s)
        #expect(s.ledger.projects.count == 1)
        expectFresh(s, "undone")
    }

    /// Many random edits, adds and deletes: each column's kept order (ascending, its runs of
    /// ties and where the unknown values start) equals the order computed afresh.
    @Test(arguments: [1, 2])
    func keptColumnOrdersFollowRandomEdits(seed: Int) {
        let demo = Fixtures.demo()
        var ledger = demo
        var data = LedgerData(ledger: ledger, asOf: Fixtures.asOf)
        var orders = InventoryColumn.allCases.map { ColumnOrder(data, column: $0) }
        var random = seed
        func next(_ bound: Int) -> Int {
            random = (random &* 1_103_515_245 &+ 12_345) & 0x7fff_ffff
            return (random >> 8) % max(bound, 1)
        }
        for step in 0..<60 {
            let count = ledger.projects.count
            var source = demo.projects[next(demo.projects.count)]
            source.name = "r\(step)"
            if next(4) == 0 { source.owner = nil }
            if next(5) == 0 { source.status = .archived }
            let change: InventoryQuery.RowChange
            let edit: LedgerEdit
            switch next(3) {
            case 0 where count > 0:
                let at = next(count)
                change = .removed(at)
                edit = .removeProject(at: at)
            case 1 where count > 0:
                let at = next(count)
                change = .replaced(at)
                edit = .replaceProject(source, at: at)
            default:
                let at = next(count + 1)
                change = .inserted(at)
                edit = .insertProject(source, at: at)
            }
            edit.apply(to: &ledger)
            data = data.updated(to: ledger, by: edit, asOf: Fixtures.asOf)
            for (k, column) in InventoryColumn.allCases.enumerated() {
                orders[k].follow(change, data, column: column)
                let fresh = ColumnOrder(data, column: column)
                #expect(orders[k].ascending == fresh.ascending, "step \(step) \(column)")
                #expect(orders[k].runStarts == fresh.runStarts, "step \(step) \(column)")
                #expect(orders[k].known == fresh.known, "step \(step) \(column)")
                #expect(orders[k].rows(descending: true) == fresh.rows(descending: true), "step \(step) \(column)")
            }
        }
    }
}
