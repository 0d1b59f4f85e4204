import Model

/// The projects behind a table row that is not a metric (Enter on a bucket, a registry, a
/// severity, a base image update): a line of counts, then one table per list, each project with
/// the figure that puts it there. Enter on a project opens its detail.
enum RowDrillView {
    static func document(_ drill: RowDrill, _ state: AppState) -> Document {
        let counts = drill.lists.map { "\($0.entries.count) \($0.counted)" }.joined(separator: " · ")
        var blocks: [Document.Block] = [.text([Line(counts, .dim)])]
        for list in drill.lists {
            blocks += [.gap, .table(table(list, state))]
        }
        return Document(blocks)
    }

    static func table(_ list: RowDrill.List, _ state: AppState) -> Table {
        let ledger = state.ledger
        let levels = state.report.projectLevels
        let entries = list.entries
        // The project's own targets, as the Inventory shows them: what else holds it back.
        var status = InventoryCells.column(.status)
        status.dropOrder = 3
        return Table(
            list.title,
            [
                Column("Project", minimum: 14), Column("Owner", minimum: 8, dropOrder: 2),
                .number("Level", dropOrder: 1),
                list.numeric ? .number(list.valueTitle) : Column(list.valueTitle, minimum: 10),
                status,
            ],
            count: entries.count, empty: list.empty, ref: { .project(entries[$0].project) }
        ) { i in
            let e = entries[i]
            let p = ledger.projects[e.project]
            return [
                Cell(p.name), Cells.text(p.owner), Cells.count(levels[e.project]), Cell(e.value),
                InventoryCells.cell(.status, state.data, project: e.project),
            ]
        }
    }
}
