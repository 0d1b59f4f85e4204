import Model

/// 7 Log: template and base image updates with the quarterly schedule, version history, changelog.
enum LogTab: TabComponent {
    static let title = "Log"
    static let keyContext: KeyContext? = .log

    static func perform(_ action: Action, _ state: AppState) -> (AppState, [Effect])? { nil }

    static let scheduleTitle = "Base Image Schedule"
    static let changelogTitle = "Changelog (newest first)"

    /// The table `n` adds to, for the table under the cursor.
    static func logTable(titled title: String?) -> LogTable? {
        switch title {
        case scheduleTitle: .baseImageUpdates
        case changelogTitle: .changelog
        default: LogTable.allCases.first { $0.title == title }
        }
    }

    static func document(_ state: AppState, width: Int) -> Document {
        let ledger = state.ledger
        let r = state.report
        return Document([
            .text([schedule(r)]),
            .gap,
            .table(MetricTables.values(scheduleTitle, r.metrics(in: .maintenance))),
            .gap,
            .table(Table(LogTable.templateUpdates.title,
                         [Column("Date", minimum: -1), Column("Version", minimum: -1), Column("Change", minimum: 14),
                          Column("Reason", minimum: 12, dropOrder: 1), .number("Projects")],
                         rows: ledger.maintenance.templateUpdates.map {
                             [Cell($0.date), Cells.text($0.version), Cells.text($0.change), Cells.text($0.reason), Cells.count($0.projectsAffected)]
                         })),
            .gap,
            .table(Table(LogTable.baseImageUpdates.title,
                         [Column("Date", minimum: -1), Column("From", minimum: 10), Column("To", minimum: 10),
                          Column("Reason", minimum: 12, dropOrder: 1), .number("Projects")],
                         rows: ledger.maintenance.baseImageUpdates.map {
                             [Cell($0.date), Cells.text($0.from), Cells.text($0.to), Cells.text($0.reason), Cells.count($0.projectsUpdated)]
                         })),
            .gap,
            .table(Table(LogTable.versionHistory.title,
                         [Column("Version", minimum: -1), Column("Date", minimum: -1), Column("Changes", minimum: 16),
                          Column("Author", minimum: 8, dropOrder: 1)],
                         rows: ledger.versionHistory.map {
                             [Cell($0.version), Cell($0.date), Cells.text($0.changes), Cells.text($0.author)]
                         })),
            .gap,
            .table(changelog(ledger, width: width)),
        ])
    }

    /// "Quarterly: last 2026-08-20, next due 2026-11-20 — overdue".
    static func schedule(_ r: LedgerReport) -> Line {
        let s = r.baseImageSchedule
        guard let last = s.lastUpdate, let due = s.nextDue else {
            return Line([Span("Base images (quarterly): ", .dim), Span("no update logged yet", .statusNoData)])
        }
        return Line([Span("Base images (quarterly): last \(last) · due \(due) · ", .dim),
                     s.overdue ? Span("○ overdue", .statusBehind) : Span("● on schedule", .statusMet)])
    }

    /// Each entry: a title row, then its body wrapped to the screen.
    static func changelog(_ ledger: Ledger, width: Int) -> Table {
        let dateWidth = 10
        let bodyWidth = max(20, width - dateWidth - TableFit.gap)
        var rows: [[Cell]] = []
        for entry in ledger.changelog.reversed() {
            rows.append([Cell(entry.date), Cell(entry.title.isEmpty ? "(untitled)" : entry.title, .sectionTitle)])
            for line in Wrap.lines(entry.body, width: bodyWidth) where !line.isEmpty {
                rows.append([Cell(""), Cell(line)])
            }
        }
        return Table(changelogTitle, [Column("Date", width: dateWidth, minimum: -1), Column("Entry", width: bodyWidth)],
                     rows: rows)
    }
}
