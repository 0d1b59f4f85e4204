import Foundation

/// The ledger's records: issue log, maintenance log, version history and changelog.
extension MarkdownImporter {
    mutating func readIssueLog(_ table: MarkdownDocument.Table, _ c: Columns) {
        for (line, cells) in dataRows(table, c, what: "Issue Log") {
            let category = MarkdownDocument.plain(c.cell(cells, "issue"))
            if MarkdownInventoryCells.isBlank(category) {
                report(line, "issue without a category (Issue column); row skipped")
                continue
            }
            let opened = c.cell(cells, "opened").trimmingCharacters(in: .whitespaces)
            guard ISODate.seconds(opened) != nil else {
                report(line, "issue \"\(category)\": Opened \"\(opened)\" is not an ISO 8601 date or time; row skipped")
                continue
            }
            let resolvedCell = c.cell(cells, "resolved").trimmingCharacters(in: .whitespaces)
            var resolved: String?
            if !MarkdownInventoryCells.isBlank(resolvedCell), resolvedCell.lowercased() != "open" {
                guard let end = ISODate.seconds(resolvedCell) else {
                    report(
                        line,
                        "issue \"\(category)\": Resolved \"\(resolvedCell)\" is not an ISO 8601 date or time (or \"open\"); row skipped"
                    )
                    continue
                }
                guard end >= ISODate.seconds(opened)! else {
                    report(
                        line,
                        "issue \"\(category)\": resolved \(resolvedCell) before it was opened \(opened); row skipped")
                    continue
                }
                resolved = resolvedCell
            }
            let idCell = c.cell(cells, "id")
            let id = Int(MarkdownDocument.plain(idCell).trimmingCharacters(in: CharacterSet(charactersIn: "#")))
            if id == nil, !MarkdownInventoryCells.isBlank(idCell) {
                report(line, "issue ID \"\(idCell)\" is not a whole number; a new ID is given")
            }
            var successful: Bool?
            let successCell = c.cell(cells, "successful").lowercased()
            switch successCell {
            case "yes", "y", "true", "✅", "✔", "success", "successful": successful = true
            case "no", "n", "false", "❌", "✗", "failed": successful = false
            default:
                if !MarkdownInventoryCells.isBlank(successCell) {
                    report(line, "issue \"\(category)\": Successful \"\(successCell)\" is not Yes or No; left unknown")
                }
            }
            if resolved == nil, successful != nil {
                report(line, "issue \"\(category)\" is open, so Successful \"\(successCell)\" was not imported")
                successful = nil
            }
            let project = Self.optionalText(c.cell(cells, "project")).map(MarkdownDocument.plain)
            let issue = Issue(
                id: id ?? 0, category: category, project: project, openedAt: opened, resolvedAt: resolved,
                solution: Self.optionalText(c.cell(cells, "solution")), successful: successful,
                notes: Self.optionalText(c.cell(cells, "notes")))
            issueRows.append((line, issue, id != nil && id! >= 1))
        }
    }

    mutating func readCommonIssues(_ table: MarkdownDocument.Table, _ c: Columns) {
        for (line, cells) in dataRows(table, c, what: "Common Issues") {
            let category = MarkdownDocument.plain(c.cell(cells, "issue"))
            if case .some(.some(let n)) = Self.count(c.cell(cells, "frequency")), n > 0 {
                statedFrequencies.append((line, category, n))
            }
        }
    }

    /// Gives IDs to issues without a usable one and checks the stated frequencies.
    mutating func finishIssues() {
        var used: Set<Int> = []
        var next = (issueRows.filter(\.idGiven).map(\.issue.id).max() ?? 0) + 1
        for (line, issue, idGiven) in issueRows {
            var issue = issue
            if !idGiven || used.contains(issue.id) {
                if idGiven { report(line, "issue ID \(issue.id) is used twice; this one gets \(next)") }
                issue.id = next
                next += 1
            }
            used.insert(issue.id)
            ledger.issues.append(issue)
        }
        for (line, category, count) in statedFrequencies {
            let logged = ledger.issues.filter { $0.category.lowercased() == category.lowercased() }.count
            if logged < count {
                report(
                    line,
                    "Common Issues counts \(count) × \"\(category)\" but the Issue Log lists \(logged); "
                        + "dockledger counts logged occurrences, so \(count - logged) could not be imported")
            }
        }
    }

    mutating func readTemplateUpdates(_ table: MarkdownDocument.Table, _ c: Columns) {
        for (line, cells) in dataRows(table, c, what: "Template Updates") {
            guard let date = day(c.cell(cells, "date"), line: line, what: "template update") else { continue }
            let version = Self.text(c.cell(cells, "version"))
            let change = Self.text(c.cell(cells, "change"))
            if date.isEmpty, version.isEmpty, change.isEmpty { continue }
            guard let affected = Self.count(c.cell(cells, "projects affected")) else {
                report(
                    line,
                    "Projects Affected \"\(c.cell(cells, "projects affected"))\" is not a whole number; left unknown")
                ledger.maintenance.templateUpdates.append(
                    TemplateUpdate(
                        date: date, version: version, change: change,
                        reason: Self.text(c.cell(cells, "reason"))))
                continue
            }
            ledger.maintenance.templateUpdates.append(
                TemplateUpdate(
                    date: date, version: version, change: change,
                    reason: Self.text(c.cell(cells, "reason")), projectsAffected: affected))
        }
    }

    mutating func readBaseImageUpdates(_ table: MarkdownDocument.Table, _ c: Columns) {
        for (line, cells) in dataRows(table, c, what: "Base Image Updates") {
            guard let date = day(c.cell(cells, "date"), line: line, what: "base image update") else { continue }
            let to = Self.text(c.cell(cells, "to"))
            let reason = Self.text(c.cell(cells, "reason"))
            // The seed's placeholder names only the starting image: nothing was updated yet.
            if date.isEmpty, to.isEmpty, reason.isEmpty { continue }
            var update = BaseImageUpdate(date: date, from: Self.text(c.cell(cells, "from")), to: to, reason: reason)
            if let n = Self.count(c.cell(cells, "projects updated")) {
                update.projectsUpdated = n
            } else {
                report(
                    line,
                    "Projects Updated \"\(c.cell(cells, "projects updated"))\" is not a whole number; left unknown")
            }
            ledger.maintenance.baseImageUpdates.append(update)
        }
    }

    mutating func readVersionHistory(_ table: MarkdownDocument.Table, _ c: Columns) {
        for (line, cells) in dataRows(table, c, what: "Version History") {
            guard let date = day(c.cell(cells, "date"), line: line, what: "version") else { continue }
            let version = Self.text(c.cell(cells, "version"))
            if version.isEmpty, date.isEmpty { continue }
            ledger.versionHistory.append(
                VersionEntry(
                    version: version, date: date, changes: Self.text(c.cell(cells, "changes")),
                    author: Self.text(c.cell(cells, "author"))))
        }
    }

    /// A log date: a day, or "" when the cell is a placeholder; nil (reported) otherwise.
    private mutating func day(_ cell: String, line: Int, what: String) -> String? {
        let t = cell.trimmingCharacters(in: .whitespaces)
        if MarkdownInventoryCells.isBlank(t) { return "" }
        if ISODate.isDay(t) { return t }
        report(line, "\(what) date \"\(t)\" is not a date YYYY-MM-DD; row skipped")
        return nil
    }

    /// `### 2025-10-28 - Title` headings of section 12, each with the lines up to the next heading.
    mutating func readChangelog(_ headings: [(line: Int, text: String)], _ doc: MarkdownDocument) {
        let boundaries = doc.blocks.compactMap { entry -> Int? in
            if case .heading = entry.block { return entry.line }
            return nil
        }
        for (line, text) in headings {
            let end = boundaries.first { $0 > line } ?? doc.lines.count + 1
            var body = Array(doc.lines[line..<(end - 1)])
            while let last = body.last,
                last.trimmingCharacters(in: .whitespaces).isEmpty || last.trimmingCharacters(in: .whitespaces) == "---"
            {
                body.removeLast()
            }
            while let first = body.first, first.trimmingCharacters(in: .whitespaces).isEmpty { body.removeFirst() }
            var date = ""
            var title = MarkdownDocument.plain(text)
            for separator in [" - ", " — ", " – ", ": "] {
                if let range = title.range(of: separator), ISODate.isDay(String(title[..<range.lowerBound])) {
                    date = String(title[..<range.lowerBound])
                    title = String(title[range.upperBound...])
                    break
                }
            }
            if date.isEmpty, ISODate.isDay(title) {
                date = title
                title = ""
            }
            if date.isEmpty {
                report(
                    line, "changelog heading \"\(text)\" does not start with a date YYYY-MM-DD; imported without one")
            }
            ledger.changelog.append(ChangelogEntry(date: date, title: title, body: body.joined(separator: "\n")))
        }
    }
}
