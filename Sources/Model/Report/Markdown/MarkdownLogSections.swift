import Foundation

/// Sections 9 to 12: maintenance log, issue tracking, version history, changelog. These hold
/// the ledger's own records, written so that `MarkdownImporter` reads them back unchanged:
/// an absent value is "-", an empty text an empty cell.
extension MarkdownReport {
    public static let issueLogHeaders = [
        "ID", "Issue", "Project", "Opened", "Resolved", "Solution", "Successful", "Notes",
    ]

    func maintenanceLog() -> String {
        var out = "## 9. Maintenance Log\n\n### Dockerfile Template Updates\n\n"
        let m = ledger.maintenance
        var templates = MarkdownTable(["Date", "Version", "Change", "Reason", "Projects Affected"])
        if m.templateUpdates.isEmpty {
            out += MarkdownFormat.empty("updates")
            templates.add(["-", "-", "-", "-", "-"])
        }
        for u in m.templateUpdates {
            templates.add([
                dash(u.date), dash(u.version), dash(u.change), dash(u.reason),
                u.projectsAffected.map(String.init) ?? "-",
            ])
        }
        out += templates.render()

        out += Self.rule + "### Base Image Updates\n\n"
        var images = MarkdownTable(["Date", "From", "To", "Reason", "Projects Updated"])
        if m.baseImageUpdates.isEmpty {
            out += MarkdownFormat.empty("updates")
            images.add(["-", "-", "-", "-", "-"])
        }
        for u in m.baseImageUpdates {
            images.add([
                dash(u.date), dash(u.from), dash(u.to), dash(u.reason), u.projectsUpdated.map(String.init) ?? "-",
            ])
        }
        out += images.render() + "\n"
        let s = report.baseImageSchedule
        out += "**Schedule**: Quarterly base image updates (align with Python security releases)"
        if let last = s.lastUpdate, let due = s.nextDue, let days = s.daysSinceLast {
            out +=
                ". Last update \(last) (\(days) days ago), next due \(due): \(s.overdue ? "🔴 overdue" : "🟢 on schedule").\n"
        } else {
            out += ". No update logged yet.\n"
        }
        return out
    }

    func issueTracking() -> String {
        var out = "## 10. Issue Tracking\n\n### Common Issues\n\n"
        if ledger.issues.isEmpty { out += MarkdownFormat.empty("issue reports") }
        var common = MarkdownTable(["Issue", "Frequency", "Avg Resolution Time", "Status"])
        for row in report.commonIssues {
            let status = row.frequency == 0 ? "-" : row.open > 0 ? "🟡 Open (\(row.open))" : "🟢 Resolved"
            common.add([
                row.category, String(row.frequency), row.averageResolutionHours.map(Self.resolutionTime) ?? "-", status,
            ])
        }
        out += common.render()

        out += Self.rule + "### Resolution Patterns\n\n**Top 5 Solutions**:\n\n"
        var patterns = MarkdownTable(["Issue", "Solution", "Success Rate"])
        if report.resolutionPatterns.isEmpty { patterns.add(["-", "-", "-"]) }
        for p in report.resolutionPatterns {
            patterns.add([
                p.category, p.solution, "\(MetricFormat.percent(p.successRate)) (\(p.successful) of \(p.uses))",
            ])
        }
        out += patterns.render()

        out += Self.rule + "### Issue Log\n\n"
        out +=
            "Every occurrence, as logged; the tables above are computed from it. "
            + "Log new ones with the dashboard (`n`) or in the JSON ledger.\n\n"
        var log = MarkdownTable(Self.issueLogHeaders)
        if ledger.issues.isEmpty { log.add(Array(repeating: "-", count: Self.issueLogHeaders.count)) }
        for i in ledger.issues {
            log.add([
                String(i.id), i.category, i.project ?? "-", i.openedAt, i.resolvedAt ?? "open", i.solution ?? "-",
                i.successful.map { $0 ? "Yes" : "No" } ?? "-", i.notes ?? "-",
            ])
        }
        out += log.render()
        return out
    }

    /// Always hours ("3.5 hours", "55 hours"), as the dashboard and the other reports write
    /// issue times: one unit per column.
    static func resolutionTime(_ hours: Double) -> String {
        let text = MetricFormat.number(hours)
        return text + (text == "1" ? " hour" : " hours")
    }

    func versionHistory() -> String {
        var table = MarkdownTable(["Version", "Date", "Changes", "Author"])
        if ledger.versionHistory.isEmpty { table.add(["-", "-", "-", "-"]) }
        for v in ledger.versionHistory { table.add([dash(v.version), dash(v.date), dash(v.changes), dash(v.author)]) }
        return "## 11. Version History\n\n" + table.render()
    }

    /// Each entry is a `### DATE - TITLE` heading over its body, in the ledger's order.
    func changelog() -> String {
        var out = "## 12. Changelog\n"
        if ledger.changelog.isEmpty { out += "\nNo entries yet.\n" }
        for e in ledger.changelog {
            out += "\n### " + [e.date, e.title].filter { !$0.isEmpty }.joined(separator: " - ") + "\n"
            let body = e.body.trimmingCharacters(in: .newlines)
            if !body.isEmpty { out += "\n" + body + "\n" }
        }
        return out
    }

    /// Log rows keep text fields as empty strings; they read "-" like the seed's placeholders.
    private func dash(_ text: String) -> String { text.isEmpty ? "-" : text }
}
