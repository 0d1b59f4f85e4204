import Model

/// The project detail (Enter on the Inventory): every field, the derived level, what the
/// project lacks for the next level, and which targets its own facts miss.
enum ProjectDetail {
    static func document(_ state: AppState, project index: Int, width: Int) -> Document {
        guard index < state.ledger.projects.count else { return Document([.text([Line("project no longer exists", .error)])]) }
        let p = state.ledger.projects[index]
        let a = ProjectAssessment.of(p, in: state.ledger)
        let level = state.report.projectLevels[index]
        var summary: [Line] = [
            Line([Span("Level \(level) ", .sectionTitle), Span("(\(AdoptionLevel.names[level] ?? ""))"),
                  Span(p.isActive ? "" : " · archived: shown, not counted", .dim)]),
        ]
        if a.missingForNextLevel.isEmpty {
            summary.append(Line([Span("● ", .statusMet), Span("has everything level 4 asks for")]))
        } else {
            for (i, line) in Wrap.lines(a.missingForNextLevel.joined(separator: ", "), width: max(20, width - 22)).enumerated() {
                summary.append(Line([Span(i == 0 ? "Lacks for level \(level + 1): " : String(repeating: " ", count: 20), .dim),
                                     Span(line, .statusProgressing)]))
            }
        }
        var blocks: [Document.Block] = [.text(summary), .gap, .table(misses(a, level: level))]
        if !a.unknown.isEmpty {
            blocks.append(.gap)
            let lines = Wrap.lines(a.unknown.joined(separator: ", "), width: max(20, width - 10))
            blocks.append(.text(lines.enumerated().map { i, l in
                Line([Span(i == 0 ? "No data:  " : "          ", .dim), Span(l, .statusNoData)])
            }))
        }
        blocks.append(.gap)
        blocks.append(.table(Table("Fields", [Column("Field", minimum: -1), Column("Value", minimum: 10)], rows: fields(p))))
        return Document(blocks)
    }

    static func misses(_ a: ProjectAssessment, level: Int) -> Table {
        let empty = level == 0 ? "no Docker: nothing to measure" : "● meets every target it has data for"
        return Table("Targets missed", [Column("Metric", minimum: 14), .number("Has"), .number("Target"), Column("Status", minimum: -1)],
                     rows: a.misses.map { m in
                         [Cell(m.label), Cell(m.actual), Cell(m.target.replacingOccurrences(of: ">=", with: "≥")
                             .replacingOccurrences(of: "<=", with: "≤")), Cells.status(.behind)]
                     }, empty: empty)
    }

    /// Every field of the file, in the file's order, "-" where unknown.
    static func fields(_ p: Project) -> [[Cell]] {
        func row(_ name: String, _ cell: Cell) -> [Cell] { [Cell(name, .dim), cell] }
        var rows: [[Cell]] = [
            row("name", Cell(p.name)),
            row("owner", Cells.text(p.owner)),
            row("choraBaseVersion", Cells.text(p.choraBaseVersion)),
            row("createdAt", Cells.text(p.createdAt)),
            row("status", Cells.text(p.status?.rawValue ?? "active (default)")),
        ]
        if let d = p.docker {
            rows += [
                row("docker.dockerfileType", Cells.text(d.dockerfileType?.rawValue)),
                row("docker.multiStage", Cells.flag(d.multiStage)),
                row("docker.nonRoot", Cells.flag(d.nonRoot)),
                row("docker.minimalBase", Cells.flag(d.minimalBase)),
                row("docker.secretsFree", Cells.flag(d.secretsFree)),
                row("docker.baseImage", Cells.text(d.baseImage)),
                row("docker.healthcheck", Cells.flag(d.healthcheck)),
                row("docker.compose", Cells.flag(d.compose)),
                row("docker.volumes", Cells.flag(d.volumes)),
                row("docker.imageSizeMB", Cells.value(d.imageSizeMB, .megabytes)),
                row("docker.buildContextMB", Cells.value(d.buildContextMB, .megabytes)),
                row("docker.layers", Cells.count(d.layers)),
                row("docker.buildTimeUncachedS", Cells.value(d.buildTimeUncachedS, .seconds)),
                row("docker.buildTimeCachedS", Cells.value(d.buildTimeCachedS, .seconds)),
                row("docker.startupTimeS", Cells.value(d.startupTimeS, .seconds)),
                row("docker.healthCheckLatencyMs", Cells.value(d.healthCheckLatencyMs, .milliseconds)),
                row("docker.cacheHitRate", Cells.value(d.cacheHitRate, .share)),
                row("docker.platforms", Cells.text(d.platforms?.joined(separator: ", "))),
            ]
            if let v = d.vulnerabilities {
                rows += [
                    row("docker.vulnerabilities", Cell("critical \(n(v.critical)) · high \(n(v.high)) · medium \(n(v.medium)) · low \(n(v.low))")),
                    row("  scannedAt", Cells.text(v.scannedAt)),
                ]
            } else {
                rows.append(row("docker.vulnerabilities", Cell("never scanned", .dim)))
            }
            if let reg = d.registry {
                rows.append(row("docker.registry", Cell("\(reg.name) · \(n(reg.imagesPushed)) images · "
                                                        + MetricFormat.value(reg.totalSizeMB, unit: .megabytes))))
            } else {
                rows.append(row("docker.registry", Cell("-", .dim)))
            }
            rows += [
                row("docker.automatedReleases", Cells.flag(d.automatedReleases)),
                row("docker.monitoring", Cells.flag(d.monitoring)),
            ]
        } else {
            rows.append(row("docker", Cell("none: the project has no Docker", .dim)))
        }
        if let ci = p.ci {
            rows += [
                row("ci.enabled", Cells.flag(ci.enabled)),
                row("ci.buildx", Cells.flag(ci.buildx)),
                row("ci.ghaCache", Cells.flag(ci.ghaCache)),
                row("ci.coverageExtraction", Cells.flag(ci.coverageExtraction)),
                row("ci.multiArch", Cells.flag(ci.multiArch)),
            ]
        } else {
            rows.append(row("ci", Cell("-", .dim)))
        }
        return rows
    }

    private static func n(_ value: Int?) -> String { value.map(String.init) ?? "-" }
}
