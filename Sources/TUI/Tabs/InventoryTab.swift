import Model

/// 2 Inventory: every project, filtered and sorted (display only). Enter opens the detail.
enum InventoryTab: TabComponent {
    static let title = "Inventory"
    static let keyContext: KeyContext? = .inventory

    static func perform(_ action: Action, _ state: AppState) -> (AppState, [Effect])? { nil }

    static func document(_ state: AppState, width: Int) -> Document {
        let q = state.inventory
        let total = state.ledger.projects.count
        let arrow = q.descending ? "▼" : "▲"
        var line: [Span] = [Span("\(q.order.count) of \(total) projects · sorted by \(q.sortColumn.title) \(arrow)", .dim)]
        if state.mode == .filter {
            line.append(Span(" · filter: ", .dim))
            line.append(Span(q.filter + "▏", .key))
        } else if !q.filter.isEmpty {
            line.append(Span(" · filter: ", .dim))
            line.append(Span(q.filter, .key))
        }
        return Document([.text([Line(line)]), .table(table(state))])
    }

    static func table(_ state: AppState) -> Table {
        let q = state.inventory
        let columns = InventoryColumn.allCases.map { column -> Column in
            var c = spec(column)
            if column == q.sortColumn { c.title += q.descending ? " ▼" : " ▲" }
            return c
        }
        let data = state.data
        let empty = q.filter.isEmpty ? "no projects yet" : "no project matches the filter"
        return Table(nil, columns, count: q.order.count, empty: empty) { i in
            row(data, project: q.order[i])
        }
    }

    static func spec(_ column: InventoryColumn) -> Column {
        switch column {
        case .name: Column(column.title, width: 22, minimum: 12)
        case .owner: Column(column.title, width: 12, minimum: 8, dropOrder: 2)
        case .level: .number(column.title, width: 5)
        case .dockerfileType: Column(column.title, width: 10, minimum: -1, dropOrder: 1)
        case .imageSize: .number(column.title, width: 9)
        case .cachedBuild: .number(column.title, width: 6)
        case .multiArch: Column(column.title, width: 5, minimum: -1)
        case .status: Column(column.title, width: 15, minimum: -1)
        }
    }

    static func row(_ data: LedgerData, project index: Int) -> [Cell] {
        let p = data.ledger.projects[index]
        let d = p.docker
        return [
            Cell(p.name, p.isActive ? .normal : .dim),
            Cells.text(p.owner),
            Cell("L\(data.report.projectLevels[index])"),
            d == nil ? Cell("no Docker", .dim) : Cells.text(d?.dockerfileType?.rawValue),
            Cells.value(d?.imageSizeMB, .megabytes),
            Cells.value(d?.buildTimeCachedS, .seconds),
            arch(d?.platforms),
            status(data, project: index),
        ]
    }

    static func arch(_ platforms: [String]?) -> Cell {
        guard let platforms else { return Cell("-", .dim) }
        if platforms.count > 1 { return Cell("multi") }
        return Cell(platforms.first.map { $0.replacingOccurrences(of: "linux/", with: "") } ?? "none")
    }

    /// Archived, or the project's worst status with how many of its targets have it
    /// ("◐ 1 progressing", "○ 3 behind"), in the words of the project detail.
    static func status(_ data: LedgerData, project index: Int) -> Cell {
        let p = data.ledger.projects[index]
        guard p.isActive else { return Cell("archived", .dim) }
        let a = ProjectAssessment.of(p, in: data.ledger)
        return Cell(Cells.glyph(a.status) + " " + a.summary, Cells.role(a.status))
    }
}
