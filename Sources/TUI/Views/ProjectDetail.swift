import Model

/// The project detail (Enter on the Inventory): every field, the derived level, what the
/// project lacks for the next level, and which targets its own facts miss.
enum ProjectDetail {
    static func document(_ state: AppState, project index: Int, width: Int) -> Document {
        guard index < state.ledger.projects.count else {
            return Document([.text([Line("project no longer exists", .error)])])
        }
        let p = state.ledger.projects[index]
        let a = ProjectAssessment.of(p, in: state.ledger)
        let level = state.report.projectLevels[index]
        var summary: [Line] = [
            Line([
                Span("Level \(level) ", .sectionTitle), Span("(\(AdoptionLevel.names[level]))"),
                Span(p.isActive ? "" : " · archived: shown, not counted", .dim),
            ])
        ]
        if a.missingForNextLevel.isEmpty {
            summary.append(Line([Span("● ", .statusMet), Span("has everything level 4 asks for")]))
        } else {
            for (i, line) in Wrap.lines(a.missingForNextLevel.joined(separator: ", "), width: max(20, width - 22))
                .enumerated()
            {
                summary.append(
                    Line([
                        Span(i == 0 ? "Lacks for level \(level + 1): " : String(repeating: " ", count: 20), .dim),
                        Span(line, .statusProgressing),
                    ]))
            }
        }
        var blocks: [Document.Block] = [.text(summary), .gap, .table(misses(a, level: level))]
        if !a.unknown.isEmpty {
            blocks.append(.gap)
            let lines = Wrap.lines(a.unknown.joined(separator: ", "), width: max(20, width - 10))
            blocks.append(
                .text(
                    lines.enumerated().map { i, l in
                        Line([Span(i == 0 ? "No data:  " : "          ", .dim), Span(l, .statusNoData)])
                    }))
        }
        blocks.append(.gap)
        blocks.append(
            .table(
                Table(
                    "Fields",
                    [Column("Field", minimum: -1), Column("Value", minimum: 10), Column("Source", minimum: 8)],
                    rows: fields(p, asOf: state.now))))
        return Document(blocks)
    }

    static func misses(_ a: ProjectAssessment, level: Int) -> Table {
        let empty = level == 0 ? "no Docker: nothing to measure" : "● meets every target it has data for"
        return Table(
            "Targets not met",
            [Column("Metric", minimum: 14), .number("Has"), .number("Target"), Column("Status", minimum: -1)],
            rows: a.misses.map { m in
                [
                    Cell(m.label), Cell(m.actual),
                    Cell(
                        m.target.replacingOccurrences(of: ">=", with: "≥")
                            .replacingOccurrences(of: "<=", with: "≤")), Cells.status(m.status),
                ]
            }, empty: empty)
    }

    /// Every field of the file format, from Model's one field table (the same one the edit
    /// form and `project set` use), grouped; Docker fields only when the project has Docker.
    /// Each value's source: where a scan or import read it and when, or `manual`; facts older
    /// than 90 days are marked stale.
    static func fields(_ p: Project, asOf now: Double) -> [[Cell]] {
        ProjectField.all.compactMap { field -> [Cell]? in
            if field.needsDocker && p.docker == nil { return nil }
            let text = field.text(of: p)
            let label =
                field.group == .project || field.id == .usesDocker
                ? field.label : field.group.rawValue + " · " + field.label
            let source = p.source(of: field.id)
            let sourceCell =
                source.map { Cell($0.summary(asOf: now), $0.isStale(asOf: now) ? .statusProgressing : .dim) }
                ?? Cell("")
            if text.isEmpty { return [Cell(label, .dim), Cell("unknown", .dim), sourceCell] }
            return [Cell(label, .dim), Cell(text), sourceCell]
        }
    }
}
