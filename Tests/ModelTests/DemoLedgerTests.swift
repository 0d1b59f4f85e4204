import Foundation
import Testing

@testable import Model

/// The demo ledger's figures, checked against counts done by hand from data/ledger.json.
@Suite struct DemoLedgerTests {
    let ledger: Ledger
    let r: LedgerReport

    init() throws {
        ledger = try LedgerStore.load(demoLedgerPath).ledger
        r = MetricEngine.report(ledger, asOf: fixedNow)
    }

    @Test func counts() {
        #expect(
            r.counts
                == LedgerReport.Counts(
                    projects: 33, active: 30, archived: 3, new: 26, docker: 24, ci: 18, issues: 13, openIssues: 2))
    }

    @Test func everyStatusAppears() {
        let statuses = Set(r.metrics.map(\.status) + r.severities.map(\.status))
        #expect(statuses == Set(MetricStatus.allCases))
    }

    @Test func handCountedCoverage() {
        // 26 new active projects (4 predate 2025-10-28), 22 of them with Docker.
        #expect(r.metric(.coverageDocker).numerator == 22)
        #expect(r.metric(.coverageDocker).denominator == 26)
        // ml-notebooks leaves multiStage unknown: 23 known, 2 without (legacy-billing, crm-sync).
        #expect(r.metric(.coverageMultiStage).numerator == 21)
        #expect(r.metric(.coverageMultiStage).denominator == 23)
        #expect(r.metric(.level4).numerator == 6)
        #expect(r.metric(.level4).target == 0.3)
    }

    @Test func theJSONReportHasEveryMetricWithNullForNoData() throws {
        let json = try JSONParser.parse(JSONReport.render(ledger, r))
        guard case .object(let root) = json, case .array(let metrics)? = root["metrics"],
            case .object(let tables)? = root["tables"]
        else {
            Issue.record("bad shape")
            return
        }
        let ids = metrics.compactMap { m -> String? in
            if case .object(let o) = m, case .string(let id)? = o["id"] { return id }
            return nil
        }
        #expect(ids == MetricCatalog.all.map(\.id.rawValue))
        #expect(root["generatedAt"] == .string("2026-11-26T00:00:00Z"))
        for key in [
            "levels", "projects", "imageSizeDistribution", "buildTimeDistribution", "cache", "registries",
            "vulnerabilities",
            "timeSavings", "costSavings", "roiByLevel", "roiByProject", "commonIssues", "resolutionPatterns",
            "baseImageSchedule",
        ] {
            #expect(tables[key] != nil, "\(key)")
        }
        let empty = try JSONParser.parse(JSONReport.render(Ledger(), MetricEngine.report(Ledger(), asOf: fixedNow)))
        guard case .object(let e) = empty, case .array(let ms)? = e["metrics"], case .object(let first) = ms[0] else {
            return
        }
        #expect(first["value"] == .null)
        #expect(first["status"] == .string("noData"))
    }
}
