import Model

/// The Inventory's columns as table columns and cells. Yes/no facts and vulnerability counts
/// carry the status glyph and role the rest of the dashboard gives the same fact (the metric
/// drill-down, the project detail): "● yes" met, "○ no" behind, "· ?" unknown, a dim "-" where
/// the fact does not apply (no Docker; CI facts of a project not built in CI), where a value kept
/// in the file is shown dim and ungraded.
enum InventoryCells {
    static func column(_ column: InventoryColumn) -> Column {
        var c = spec(column)
        c.dropOrder = column.dropOrder
        return c
    }

    private static func spec(_ column: InventoryColumn) -> Column {
        let title = column.title
        switch column {
        // Whole columns give way before names and owners are cut.
        case .name: return Column(title, width: 22, minimum: 22)
        case .owner: return Column(title, width: 12, minimum: 12)
        case .level: return .number(title, width: 5)
        case .status: return Column(title, width: 15, minimum: -1)
        case .imageSize: return .number(title, width: 9)
        case .cachedBuild: return .number(title, width: 6)
        case .critical, .high: return .number(title, width: 4)
        case .dockerfileType, .platforms, .nonRoot, .multiStage, .minimalBase, .secretsFree, .healthcheck, .buildx,
            .ghaCache, .ciMultiArch:
            return Column(title, width: max(5, TextWidth.of(title)), minimum: -1)
        }
    }

    static func cell(_ column: InventoryColumn, _ data: LedgerData, project index: Int) -> Cell {
        let p = data.ledger.projects[index]
        let d = p.docker
        switch column {
        case .name: return Cell(p.name, p.isActive ? .normal : .dim)
        case .owner: return Cells.text(p.owner)
        case .level: return Cell("L\(data.report.projectLevels[index])")
        case .status: return status(data, project: index)
        case .dockerfileType: return d == nil ? Cell("no Docker", .dim) : Cells.text(d?.dockerfileType?.rawValue)
        case .imageSize: return Cells.value(d?.imageSizeMB, .megabytes)
        case .cachedBuild: return Cells.value(d?.buildTimeCachedS, .seconds)
        case .platforms: return arch(d?.platforms)
        case .nonRoot, .multiStage, .minimalBase, .secretsFree, .healthcheck, .buildx, .ghaCache, .ciMultiArch:
            let value = flag(column, of: p)
            guard applies(column, to: p) else {
                // Kept in the file but not counted (no Docker, no CI): plain, not graded.
                return value.map { Cell($0 ? "yes" : "no", .dim) } ?? notApplicable
            }
            guard let value else { return unknown }
            return Cell(
                Cells.glyph(value ? .met : .behind) + (value ? " yes" : " no"), Cells.role(value ? .met : .behind))
        case .critical, .high:
            guard d != nil else { return notApplicable }
            let scan = d?.vulnerabilities
            guard let count = column == .critical ? scan?.critical : scan?.high else { return unknown }
            let id: MetricID = column == .critical ? .vulnsCritical : .vulnsHigh
            let definition = id.definition
            let status = MetricStatus.evaluate(
                value: Double(count), target: MetricEngine.target(id, in: data.ledger),
                direction: definition.direction)
            return Cell(Cells.glyph(status) + " \(count)", Cells.role(status))
        }
    }

    /// A yes/no fact of the column; nil when unknown (or the column is not a yes/no fact).
    static func flag(_ column: InventoryColumn, of p: Project) -> Bool? {
        switch column {
        case .nonRoot: p.docker?.nonRoot
        case .multiStage: p.docker?.multiStage
        case .minimalBase: p.docker?.minimalBase
        case .secretsFree: p.docker?.secretsFree
        case .healthcheck: p.docker?.healthcheck
        case .buildx: p.ci?.buildx
        case .ghaCache: p.ci?.ghaCache
        case .ciMultiArch: p.ci?.multiArch
        case .name, .owner, .level, .status, .imageSize, .critical, .high, .cachedBuild, .dockerfileType, .platforms:
            nil
        }
    }

    /// Whether the metrics count the fact for this project: Docker facts need Docker, CI facts
    /// Docker built in CI.
    static func applies(_ column: InventoryColumn, to p: Project) -> Bool {
        switch column {
        case .buildx, .ghaCache, .ciMultiArch: return p.docker != nil && p.ciEnabled
        case .name, .owner, .level, .status, .nonRoot, .multiStage, .imageSize, .minimalBase, .secretsFree,
            .healthcheck, .critical, .high, .cachedBuild, .dockerfileType, .platforms:
            return p.docker != nil
        }
    }

    static let unknown = Cell(Cells.glyph(.noData) + " ?", .statusNoData)
    static let notApplicable = Cell("-", .dim)

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
        let a = data.report.standings.summary(of: index, level: data.report.projectLevels[index])
        return Cell(Cells.glyph(a.status) + " " + a.text, Cells.role(a.status))
    }
}
