import Foundation
import Model
import Testing

@Suite struct ReportByOwnerTests {
    @Test func jsonGroupsHoldTheMainReportsMetricObjects() throws {
        let result = try CLI.run([
            "report", CLI.demoLedger, "--by", "owner", "--format", "json", "--as-of", "2026-11-26",
        ])
        #expect(result.status == 0)
        guard case .object(let root) = try JSONParser.parse(result.stdout), case .object(let groups)? = root["groups"]
        else {
            Issue.record("no groups object")
            return
        }
        #expect(Set(groups.keys) == ["data", "ml", "mobile", "payments", "platform", "web"])
        guard case .object(let data)? = groups["data"], case .array(let metrics)? = data["metrics"] else {
            Issue.record("no metrics for data")
            return
        }
        #expect(metrics.count == MetricCatalog.all.count)
        let main = try CLI.run(["report", CLI.demoLedger, "--format", "json", "--as-of", "2026-11-26"])
        guard case .object(let mainRoot) = try JSONParser.parse(main.stdout),
            case .array(let mainMetrics)? = mainRoot["metrics"],
            case .object(let first)? = mainMetrics.first, case .object(let teamFirst)? = metrics.first
        else {
            Issue.record("no metrics in the main report")
            return
        }
        #expect(Set(first.keys) == Set(teamFirst.keys))
    }

    @Test func textMarkdownAndCSVNameEveryTeam() throws {
        for format in ["text", "markdown", "csv"] {
            let result = try CLI.run([
                "report", CLI.demoLedger, "--by", "owner", "--format", format, "--as-of", "2026-11-26",
            ])
            #expect(result.status == 0, "\(format)")
            for owner in ["data", "ml", "mobile", "payments", "platform", "web"] {
                #expect(result.stdout.contains(owner), "\(format) \(owner)")
            }
        }
        let csv = try CLI.run(["report", CLI.demoLedger, "--by", "owner", "--format", "csv", "--as-of", "2026-11-26"])
        let lines = csv.stdout.split(separator: "\r\n")
        #expect(lines.first?.hasPrefix("owner,id,section,label,value,target") == true)
        #expect(lines.count == 1 + 6 * MetricCatalog.all.count)
        #expect(lines.contains { $0.hasPrefix("data,coverage.imageSize,coverage,Image size ≤250MB,0.4,1,") })
    }

    @Test func byTakesNoTable() throws {
        let result = try CLI.run(["report", CLI.demoLedger, "--by", "owner", "--format", "csv", "--table", "cache"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--by"))
    }
}
