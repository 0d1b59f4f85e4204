import Testing

@testable import Model

/// One fact, one status: the project detail, the Inventory's summary, the drill-down, `check`
/// and the JSON report all read each project's own standing on each metric.
@Suite struct OneAssessmentTests {
    let ledger: Ledger = try! LedgerStore.load(demoLedgerPath).ledger

    @Test func theDetailAndTheDrillDownAgreeOnEveryProjectAndCheck() throws {
        let report = MetricEngine.report(ledger, asOf: fixedNow)
        let breakdowns = MetricBreakdown.all(ledger, report)
        for (i, p) in ledger.projects.enumerated() where p.isActive {
            let a = ProjectAssessment.of(p, in: ledger)
            #expect(a.summary == report.standings.summary(of: i, level: report.projectLevels[i]), "\(p.name)")
            #expect(a.misses.map(\.metricID) == report.standings.missedTargets(of: i), "\(p.name)")
            for miss in a.misses {
                let entry = breakdowns[miss.metricID]?.failing.first { $0.project == i }
                #expect(entry?.status == miss.status, "\(p.name) \(miss.metricID)")
                #expect(entry?.value == miss.actual, "\(p.name) \(miss.metricID)")
            }
            for check in ProjectAssessment.checks where a.unknown.contains(check.label) {
                #expect(breakdowns[check.id]?.unknown.contains { $0.project == i } == true, "\(p.name) \(check.id)")
            }
        }
    }

    @Test func checkAndTheJSONReportNameTheDrillDownsProjects() throws {
        let report = MetricEngine.report(ledger, asOf: fixedNow)
        let breakdowns = MetricBreakdown.all(ledger, report)
        let check = try CheckReport(ledger: ledger, report: report, bar: .progressing)
        #expect(!check.failing.isEmpty)
        for finding in check.failing {
            #expect(
                finding.projects == breakdowns[finding.metric.id]?.failing.map(\.name) ?? [], "\(finding.metric.id)")
        }
        guard case .object(let root) = try JSONParser.parse(JSONReport.render(ledger, report)),
            case .array(let metrics)? = root["metrics"]
        else {
            Issue.record("no metrics")
            return
        }
        for case .object(let m) in metrics {
            guard case .string(let raw)? = m["id"], let id = MetricID(rawValue: raw) else { continue }
            let failing = (breakdowns[id]?.failing ?? []).map { JSONValue.string($0.name) }
            let unknown = (breakdowns[id]?.unknown ?? []).map { JSONValue.string($0.name) }
            #expect(m["failing"] == .array(failing), "\(id)")
            #expect(m["unknown"] == .array(unknown), "\(id)")
        }
    }
}
