import Testing

@testable import Model

/// The projects behind a metric, checked by hand against data/ledger.json.
@Suite struct MetricBreakdownTests {
    let ledger: Ledger = try! LedgerStore.load(demoLedgerPath).ledger

    func names(_ entries: [MetricBreakdown.Entry]) -> [String] { entries.map(\.name) }

    @Test func nonRootNamesTheTwoWithoutAndTheOneUnknown() throws {
        let b = try #require(MetricBreakdown.of(.coverageNonRoot, in: ledger, asOf: fixedNow))
        #expect(names(b.failing) == ["feature-store", "legacy-billing"])
        #expect(names(b.unknown) == ["ml-notebooks"])
        #expect(b.meeting.count == 21)
        #expect(b.failing.allSatisfy { $0.value == "no" && $0.status == MetricStatus.behind })
        #expect(b.unknown.first?.value == "unknown")
        #expect(b.meeting.allSatisfy { $0.value == "yes" })
    }

    @Test func sharesMatchTheEnginesCounts() throws {
        let report = MetricEngine.report(ledger, asOf: fixedNow)
        for m in report.metrics where m.unit == .share && m.numerator != nil && m.section != .levels {
            let b = try #require(MetricBreakdown.of(m.id, in: ledger, asOf: fixedNow), "\(m.id)")
            let yes = m.direction == .atLeast ? b.meeting.count : b.failing.count
            #expect(yes == m.numerator, "\(m.id)")
            #expect(b.failing.count + b.meeting.count == m.denominator, "\(m.id)")
        }
    }

    @Test func multiStageAndCriticalVulnerabilities() throws {
        let multi = try #require(MetricBreakdown.of(.coverageMultiStage, in: ledger, asOf: fixedNow))
        #expect(names(multi.failing) == ["crm-sync", "legacy-billing"])
        #expect(names(multi.unknown) == ["ml-notebooks"])
        let critical = try #require(MetricBreakdown.of(.vulnsCritical, in: ledger, asOf: fixedNow))
        #expect(Set(names(critical.failing)) == ["etl-runner", "legacy-billing"])
        // Docker projects never scanned, or scanned without a CRITICAL count: the total cannot tell.
        #expect(critical.unknown.count == 8)
    }

    @Test func averagesGradeEachProjectsOwnValueWorstFirst() throws {
        let size = try #require(MetricBreakdown.of(.qualityImageSizeMB, in: ledger, asOf: fixedNow))
        #expect(names(size.failing).first == "model-serving")
        #expect(size.failing.first?.value == "1840 MB")
        #expect(size.failing.count == 7)
        #expect(names(size.unknown) == ["ml-notebooks"])
        let progress = size.failing.map { $0.progress ?? 0 }
        #expect(progress == progress.sorted())
    }

    @Test func levelsAndDockerCoverageCountTheirOwnPopulation() throws {
        let docker = try #require(MetricBreakdown.of(.coverageDocker, in: ledger, asOf: fixedNow))
        #expect(names(docker.failing) == ["experiment-tracker", "image-resizer", "pricing-rules", "sms-adapter"])
        #expect(docker.failing.count + docker.meeting.count == 26)
        let level1 = try #require(MetricBreakdown.of(.level1, in: ledger, asOf: fixedNow))
        #expect(level1.failing.count == 6)
        #expect(level1.failing.allSatisfy { $0.value == "level 0" })
    }

    @Test func theBaseImageScheduleIsNotAboutProjects() {
        #expect(MetricBreakdown.of(.maintenanceBaseImageAgeDays, in: ledger, asOf: fixedNow) == nil)
        #expect(MetricBreakdown.all(ledger, asOf: fixedNow)[.maintenanceBaseImageAgeDays] == nil)
    }

    @Test func archivedProjectsAreNeverNamed() {
        let archived = Set(ledger.projects.filter { !$0.isActive }.map(\.name))
        for b in MetricBreakdown.all(ledger, asOf: fixedNow).values {
            #expect(Set(names(b.failing + b.unknown + b.meeting)).isDisjoint(with: archived), "\(b.id)")
        }
    }

    @Test func jsonReportNamesFailingAndUnknownProjects() throws {
        let json = JSONReport.render(ledger, MetricEngine.report(ledger, asOf: fixedNow))
        guard case .object(let root) = try JSONParser.parse(json), case .array(let metrics)? = root["metrics"] else {
            Issue.record("no metrics")
            return
        }
        let nonRoot = metrics.first {
            if case .object(let o) = $0, o["id"] == .string("security.nonRoot") { true } else { false }
        }
        guard case .object(let o)? = nonRoot else {
            Issue.record("no security.nonRoot")
            return
        }
        #expect(o["failing"] == .array([.string("feature-store"), .string("legacy-billing")]))
        #expect(o["unknown"] == .array([.string("ml-notebooks")]))
    }
}
