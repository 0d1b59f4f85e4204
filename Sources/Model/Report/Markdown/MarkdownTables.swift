/// `report --format markdown --table NAME...`: only those tables, each under its heading, with
/// the text report's columns and cells (the whole document is `MarkdownReport`).
extension MarkdownReport {
    public static func render(_ ledger: Ledger, _ report: LedgerReport, tables: [ReportTable]) -> String {
        var out = "# \(ledger.meta.title)\n"
        for table in ReportTable.allCases where tables.contains(table) {
            for part in TextReport.parts(table, ledger, report) {
                out += "\n## \(part.title)\n\n"
                if part.table.rows.isEmpty, let empty = part.empty {
                    out += empty + "\n"
                } else {
                    var markdown = MarkdownTable(part.table.headers)
                    for row in part.table.rows { markdown.add(row) }
                    out += markdown.render()
                }
                for note in part.notes { out += "\n" + note + "\n" }
            }
        }
        return TerminalSafeText.visible(out, keepingLineBreaks: true)
    }
}
