import Model

/// 7 Log: template and base image updates with the quarterly schedule, version history, changelog.
/// Its key: `n` adds an entry to the log table under the cursor.
enum LogTab: TabComponent {
    static let title = "Log"
    static let keyContext: KeyContext? = .log

    static func perform(_ action: Action, _ state: AppState) -> (AppState, [Effect])? {
        guard case .log(let action) = action else { return nil }
        return perform(action, state)
    }

    /// Opens the log entry form (LogEntryForm); nothing changes until it is submitted.
    static func perform(_ action: LogAction, _ state: AppState) -> (AppState, [Effect]) {
        var s = state
        if let refusal = Update.refusal(s) {
            s.message = refusal
            return (s, [])
        }
        switch action {
        case .addEntry:
            s.mode = .form(LogEntryForm.make(s.selectedLogTable, s))
        }
        return (s, [])
    }

    static func document(_ state: AppState, width: Int) -> Document {
        let ledger = state.ledger
        let r = state.report
        return Document([
            .text([schedule(r)]),
            .gap,
            .table(MetricTables.values("Base Image Schedule", r.metrics(in: .maintenance))),
            .gap,
            .table(
                Table(
                    LogTable.templateUpdates.title,
                    [
                        Column("Date", minimum: -1), Column("Version", minimum: -1), Column("Change", minimum: 14),
                        Column("Reason", minimum: 12, dropOrder: 1), .number("Projects"),
                    ],
                    rows: ledger.maintenance.templateUpdates.map {
                        [
                            Cell($0.date), Cells.text($0.version), Cells.text($0.change), Cells.text($0.reason),
                            Cells.count($0.projectsAffected),
                        ]
                    }, ref: { .logEntry(.templateUpdates, $0) })),
            .gap,
            .table(
                Table(
                    LogTable.baseImageUpdates.title,
                    [
                        Column("Date", minimum: -1), Column("From", minimum: 10), Column("To", minimum: 10),
                        Column("Reason", minimum: 12, dropOrder: 1), .number("Projects"),
                    ],
                    rows: ledger.maintenance.baseImageUpdates.map {
                        [
                            Cell($0.date), Cells.text($0.from), Cells.text($0.to), Cells.text($0.reason),
                            Cells.count($0.projectsUpdated),
                        ]
                    }, ref: { .logEntry(.baseImageUpdates, $0) })),
            .gap,
            .table(
                Table(
                    LogTable.versionHistory.title,
                    [
                        Column("Version", minimum: -1), Column("Date", minimum: -1), Column("Changes", minimum: 16),
                        Column("Author", minimum: 8, dropOrder: 1),
                    ],
                    rows: ledger.versionHistory.map {
                        [Cell($0.version), Cell($0.date), Cells.text($0.changes), Cells.text($0.author)]
                    }, ref: { .logEntry(.versionHistory, $0) })),
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
        return Line([
            Span("Base images (quarterly): last \(last) · due \(due) · ", .dim),
            s.overdue ? Span("○ overdue", .statusBehind) : Span("● on schedule", .statusMet),
        ])
    }

    /// Each entry: a title row, then its body wrapped to the screen; every row stands for its entry.
    static func changelog(_ ledger: Ledger, width: Int) -> Table {
        let dateWidth = 10
        let bodyWidth = max(20, width - dateWidth - TableFit.gap)
        var rows: [[Cell]] = []
        var entries: [Int] = []
        for (index, entry) in ledger.changelog.enumerated().reversed() {
            rows.append([Cell(entry.date), Cell(entry.title.isEmpty ? "(untitled)" : entry.title, .sectionTitle)])
            entries.append(index)
            for line in Wrap.lines(entry.body, width: bodyWidth) where !line.isEmpty {
                rows.append([Cell(""), Cell(line)])
                entries.append(index)
            }
        }
        return Table(
            "Changelog (newest first)",
            [Column("Date", width: dateWidth, minimum: -1), Column("Entry", width: bodyWidth)],
            rows: rows, ref: { .logEntry(.changelog, entries[$0]) })
    }
}

/// The Log tab's own key (bound in the keymap's `.log` context).
public enum LogAction: Equatable, Sendable {
    case addEntry
}

extension AppState {
    /// The log table `n` adds to: the one under the cursor. The schedule's rows (the base image
    /// age metric) count as base image updates; with no row to stand on, template updates.
    var selectedLogTable: LogTable {
        switch selectedRef(on: .log) {
        case .logEntry(let table, _): table
        case .metric: .baseImageUpdates
        case nil, .project, .issue, .commonCategory, .resolutionPattern, .oversizedImage, .trendMetric, .conflict,
            .imageSizeBucket, .buildTimeBucket, .registry, .severity, .level, .team:
            .templateUpdates
        }
    }
}
