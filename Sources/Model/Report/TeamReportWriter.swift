/// `report --by owner`: every metric per team, in each output format. The metric objects and
/// rows are the main report's, computed by the engine on each team's own projects.
public enum TeamReportWriter {
    /// `{"generatedAt": ..., "groups": {"<owner>": {"projects": [...], "metrics": [...]}}}`
    public static func json(_ ledger: Ledger, _ teams: [TeamReport]) -> String {
        let asOf = teams.first?.report.asOf ?? 0
        return JSONWriter.string(
            .object([
                "generatedAt": .string(ISODate.instant(fromSeconds: asOf)),
                "ledger": ledger.meta.json,
                "by": .string("owner"),
                "groups": .object(
                    Dictionary(
                        uniqueKeysWithValues: teams.map { team in
                            (
                                team.team.title,
                                JSONValue.object([
                                    "projects": .array(team.projects.map { .string(ledger.projects[$0].name) }),
                                    "metrics": JSONReport.metrics(
                                        team.report,
                                        MetricBreakdown.all(team.ledger, team.report, includingMeeting: false)),
                                ])
                            )
                        })),
            ]))
    }

    public static func text(_ ledger: Ledger, _ teams: [TeamReport]) -> String {
        var out = ["\(ledger.meta.title) (\(ledger.meta.sapId)): every metric by owner"]
        for team in teams {
            let c = team.report.counts
            out.append("")
            out.append(
                "\(team.team.title): \(c.projects) project\(c.projects == 1 ? "" : "s") (\(c.active) active, \(c.docker) with Docker) · "
                    + team.report.statusSummary)
            var table = TextTable(
                ["Metric", "Value", "Target", "Status", "Known"], alignments: [.left, .right, .right, .left, .right])
            for m in team.report.metrics {
                table.add([m.label, m.formattedValue, m.formattedTarget, m.status.word, TextReport.known(m)])
            }
            out.append(table.render())
        }
        return out.joined(separator: "\n") + "\n"
    }

    public static func markdown(_ ledger: Ledger, _ teams: [TeamReport]) -> String {
        var out = "# \(ledger.meta.title): metrics by owner\n"
        for team in teams {
            let c = team.report.counts
            out += "\n## \(MarkdownTable.escape(team.team.title))\n\n"
            out +=
                "\(c.projects) project\(c.projects == 1 ? "" : "s") (\(c.active) active, \(c.docker) with Docker) · \(team.report.statusSummary)\n\n"
            var table = MarkdownTable(["Metric", "Value", "Target", "Status"])
            for m in team.report.metrics {
                table.add([
                    m.label, m.formattedValue, m.formattedTarget, MarkdownStatus.emoji(m.status) + " " + m.status.word,
                ])
            }
            out += table.render()
        }
        return out
    }

    /// The metrics table of `report --format csv --table metrics`, with the owner first.
    public static func csv(_ ledger: Ledger, _ teams: [TeamReport]) -> String {
        let (header, _) = CSVReport.rows(.metrics, ledger, teams.first?.report ?? MetricEngine.report(ledger))
        var rows: [[String]] = []
        for team in teams {
            rows += CSVReport.rows(.metrics, ledger, team.report).rows.map { [team.team.title] + $0 }
        }
        return CSVWriter.document(header: ["owner"] + header, rows: rows)
    }
}
