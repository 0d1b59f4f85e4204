import Testing

@testable import Model
@testable import TUI

/// After an edit of one project the dashboard updates only what that project changes: the
/// report, the search text and the Inventory's order equal what a full computation makes.
@Suite struct IncrementalDataTests {
    @Test(arguments: InventoryColumn.allCases)
    func editsOfOneProjectKeepEverythingEqualToAFullComputation(column: InventoryColumn) {
        var ledger = Fixtures.demo()
        var data = LedgerData(ledger: ledger, asOf: Fixtures.asOf)
        var query = InventoryQuery(data: data)
        query.sort(by: column, descending: (InventoryColumn.allCases.firstIndex(of: column) ?? 0) % 2 == 1, data: data)
        query.setFilter(column == .owner ? "a" : "", data: data)
        let edits: [(Int, (inout Project) -> Void)] = [
            (0, { $0.docker = nil }),
            (3, { $0.status = .archived }),
            (5, { $0.owner = "zzz-team" }),
            (5, { $0.docker?.imageSizeMB = 12 }),
            (7, { $0.docker?.nonRoot = false }),
            (0, { $0.docker = DockerSetup() }),
            (3, { $0.status = nil }),
            (9, { $0.name = "aaa-first" }),
            (11, { $0.docker?.buildTimeCachedS = nil }),
            (2, { $0.docker?.platforms = ["linux/amd64", "linux/arm64", "linux/s390x"] }),
        ]
        for (step, (index, change)) in edits.enumerated() {
            var p = ledger.projects[index]
            change(&p)
            let edit = LedgerEdit.replaceProject(p, at: index)
            edit.apply(to: &ledger)
            data = data.updated(to: ledger, by: edit, asOf: Fixtures.asOf)
            query.refresh(data, changedProject: index)

            let fresh = LedgerData(ledger: ledger, asOf: Fixtures.asOf)
            var freshQuery = InventoryQuery(data: fresh)
            freshQuery.sort(by: column, descending: query.descending, data: fresh)
            freshQuery.setFilter(query.filter, data: fresh)
            #expect(data.report.metrics == fresh.report.metrics, "step \(step)")
            #expect(data.report.standings == fresh.report.standings, "step \(step)")
            #expect(data.report.projectLevels == fresh.report.projectLevels, "step \(step)")
            for text in ["a", "zzz", "nonroot:no", "image>100", "level>=2", "status:archived", "stale"] {
                let filter = try! ProjectFilter.parse(text)
                let all = Array(ledger.projects.indices)
                #expect(
                    data.filterIndex.matching(filter, among: all) == fresh.filterIndex.matching(filter, among: all),
                    "step \(step) \(text)")
            }
            #expect(data.oversizedWithoutIssue == fresh.oversizedWithoutIssue, "step \(step)")
            #expect(query.order == freshQuery.order, "step \(step) \(column)")
        }
    }

    @Test func anEditOfAnythingElseComputesEverythingAgain() {
        var ledger = Fixtures.demo()
        let data = LedgerData(ledger: ledger, asOf: Fixtures.asOf)
        let edit = LedgerEdit.removeProject(at: 4)
        edit.apply(to: &ledger)
        let updated = data.updated(to: ledger, by: edit, asOf: Fixtures.asOf)
        #expect(updated.report.metrics == LedgerData(ledger: ledger, asOf: Fixtures.asOf).report.metrics)
        #expect(updated.report.counts.projects == data.report.counts.projects - 1)
    }

    /// Through the keys: an edit in the form, then undo and redo, each leaving the report and
    /// the Inventory's order as a fresh start on the same ledger has them.
    @Test func editUndoAndRedoShowWhatAFreshStartShows() {
        var state = Fixtures.tab(.inventory, Fixtures.state(Fixtures.demo()))
        state = Fixtures.press(.down, .down, on: state)
        state = Fixtures.press(.char("e"), on: state)
        state = Fixtures.press(.down, .char("x"), .enter, on: state)
        for keys in [[], [Key.char("u")], [Key.ctrl("r")]] {
            state = Fixtures.press(keys, state).0
            let fresh = Fixtures.tab(.inventory, Fixtures.state(state.ledger))
            #expect(state.report.metrics == fresh.report.metrics)
            #expect(state.report.standings == fresh.report.standings)
            #expect(state.inventory.order == fresh.inventory.order)
        }
    }
}
