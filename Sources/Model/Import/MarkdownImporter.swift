import Foundation

/// `dockledger import-markdown`: reads a ledger document in the SAP-011 format (the seed's, or
/// what `MarkdownReport` writes) into a new JSON ledger. Tables are recognised by their
/// columns, metrics by their labels; derived tables (distributions, ROI, common issues) are
/// not data and are skipped. Unreadable rows are reported by line and left out.
public struct MarkdownImporter {
    var ledger = Ledger()
    var problems: [ImportProblem] = []
    var notes: [String] = []
    /// The current `##` and `###` headings, lowercased, numbers removed.
    var section = ""
    var subsection = ""
    var knownSections = 0
    /// Common Issues rows: counts the document states, checked against the issue log at the end.
    var statedFrequencies: [(line: Int, category: String, count: Int)] = []
    var issueRows: [(line: Int, issue: Issue, idGiven: Bool)] = []

    public static func run(_ text: String) throws(NotALedger) -> MarkdownImport {
        var importer = MarkdownImporter()
        let (repaired, count) = Mojibake.repair(text)
        if count > 0 {
            importer.notes.append(
                "repaired \(count) character\(count == 1 ? "" : "s") of mangled UTF-8 (text read as Windows-1252)")
        }
        try importer.read(MarkdownDocument(repaired))
        return MarkdownImport(
            ledger: importer.ledger, problems: importer.problems.sorted { $0.line < $1.line },
            notes: importer.notes)
    }

    static let sectionTitles = [
        "adoption overview", "project inventory", "adoption by level", "quality metrics", "ci/cd integration",
        "production deployment", "efficiency metrics", "roi analysis", "maintenance log", "issue tracking",
        "version history", "changelog", "related documents",
    ]

    mutating func report(_ line: Int, _ message: String) {
        problems.append(ImportProblem(line: line, message: message))
    }

    private mutating func read(_ doc: MarkdownDocument) throws(NotALedger) {
        var title: String?
        var headerLines: [(Int, String)] = []
        var changelogHeadings: [(line: Int, text: String)] = []
        for (line, block) in doc.blocks {
            switch block {
            case .heading(let level, let text):
                if level == 1, title == nil { title = text }
                if level == 2 {
                    section = Self.normalizedHeading(text)
                    subsection = ""
                    if Self.sectionTitles.contains(section) { knownSections += 1 }
                } else if level >= 3 {
                    subsection = Self.normalizedHeading(text)
                    if section == "changelog", level == 3 { changelogHeadings.append((line, text)) }
                }
            case .table(let table):
                readTable(table)
            case .text(let text):
                if section.isEmpty { headerLines.append((line, text)) } else { readTargetLine(line, text) }
            }
        }
        try checkIsLedger(doc.frontMatter, title: title, headerLines: headerLines)
        readMeta(doc.frontMatter, title: title, headerLines: headerLines)
        readChangelog(changelogHeadings, doc)
        finishIssues()
    }

    private func checkIsLedger(_ front: [String: String]?, title: String?, headerLines: [(Int, String)])
        throws(NotALedger)
    {
        if let type = front?["type"], type.lowercased() != "ledger" {
            throw NotALedger(reason: "its front matter says type: \(type)")
        }
        let marked =
            front?["type"] != nil || front?["sap_id"] != nil
            || title?.lowercased().hasPrefix("ledger") == true
            || headerLines.contains { Self.headerField($0.1)?.key == "sap id" }
        guard marked else {
            throw NotALedger(reason: "no front matter with type: ledger, no \"# Ledger:\" title and no **SAP ID** line")
        }
        guard knownSections > 0 else {
            throw NotALedger(
                reason: "none of the ledger's sections (## 1. Adoption Overview, ## 2. Project Inventory, ...) is there"
            )
        }
    }

    /// "## 4. Quality Metrics" → "quality metrics"; "### 4.1 Image Quality" → "image quality".
    static func normalizedHeading(_ text: String) -> String {
        let plain = MarkdownDocument.plain(text)
        let words = plain.drop { $0.isNumber || $0 == "." || $0 == " " }
        return words.lowercased().trimmingCharacters(in: .whitespaces)
    }

    /// `**Key**: value` → ("key", "value").
    static func headerField(_ line: String) -> (key: String, value: String)? {
        let t = line.trimmingCharacters(in: .whitespaces)
        guard t.hasPrefix("**"), let end = t.dropFirst(2).range(of: "**") else { return nil }
        var key = String(t[t.index(t.startIndex, offsetBy: 2)..<end.lowerBound])
        var rest = t[end.upperBound...]
        if key.hasSuffix(":") {
            key.removeLast()
        } else if rest.hasPrefix(":") {
            rest = rest.dropFirst()
        } else {
            return nil
        }
        return (key.lowercased().trimmingCharacters(in: .whitespaces), rest.trimmingCharacters(in: .whitespaces))
    }

    private mutating func readMeta(_ front: [String: String]?, title: String?, headerLines: [(Int, String)]) {
        var meta = Meta(status: nil)
        var dayLines: [String: Int] = [:]
        if let f = front {
            if let v = f["sap_id"], !v.isEmpty { meta.sapId = v }
            if let v = f["version"], !v.isEmpty { meta.ledgerVersion = v }
            if let v = f["status"], !v.isEmpty { meta.status = v }
            if let v = f["last_updated"], !v.isEmpty {
                meta.lastUpdated = v
                dayLines["lastUpdated"] = 1
            }
        }
        if let title, !title.isEmpty { meta.title = title }
        for (line, text) in headerLines {
            guard let (key, value) = Self.headerField(text), !MarkdownInventoryCells.isBlank(value) else { continue }
            switch key {
            case "sap id": meta.sapId = value
            case "capability name", "capability": meta.capability = value
            case "version": meta.ledgerVersion = value
            case "last updated":
                meta.lastUpdated = value
                dayLines["lastUpdated"] = line
            case "adoption start":
                meta.adoptionStart = value
                dayLines["adoptionStart"] = line
            case "status": meta.status = value
            default: break
            }
        }
        if let day = meta.lastUpdated, !ISODate.isDay(day) {
            report(dayLines["lastUpdated"] ?? 1, "Last Updated \"\(day)\" is not a date YYYY-MM-DD; left out")
            meta.lastUpdated = nil
        }
        if let day = meta.adoptionStart, !ISODate.isDay(day) {
            report(dayLines["adoptionStart"] ?? 1, "Adoption Start \"\(day)\" is not a date YYYY-MM-DD; left out")
            meta.adoptionStart = nil
        }
        if meta.adoptionStart == nil {
            notes.append(
                "no **Adoption Start** line: every project counts as new for coverage.docker until meta.adoptionStart is set"
            )
        }
        ledger.meta = meta
    }
}
