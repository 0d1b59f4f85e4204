import Testing

@testable import Model

/// Per-team metrics: the engine's own report on the team's projects, nothing computed twice.
@Suite struct TeamReportTests {
    let ledger: Ledger = try! LedgerStore.load(demoLedgerPath).ledger

    @Test func oneTeamPerOwnerByNameNobodyLast() {
        let teams = TeamReport.all(ledger, asOf: fixedNow)
        #expect(teams.map(\.team.title) == ["data", "ml", "mobile", "payments", "platform", "web"])
        #expect(teams.map(\.projects.count) == [5, 4, 4, 5, 7, 8])
        #expect(teams.reduce(0) { $0 + $1.projects.count } == ledger.projects.count)
    }

    @Test func everyTeamsMetricsEqualTheEngineOnTheLedgerFilteredToThatTeam() {
        for team in TeamReport.all(ledger, asOf: fixedNow) {
            var filtered = ledger
            filtered.projects = ledger.projects.filter { $0.owner == team.team.title }
            let engine = MetricEngine.report(filtered, asOf: fixedNow)
            #expect(team.report.metrics == engine.metrics, "\(team.team.title)")
            #expect(team.report.counts.projects == filtered.projects.count)
        }
    }

    /// An owner's surrounding spaces (any Unicode space or tab) never make a second team;
    /// spaces inside the name are kept.
    @Test func ownersAreTrimmedOfSurroundingSpacesOnly() {
        func team(_ owner: String?) -> Team { Team(of: Project(name: "p", owner: owner)) }
        #expect(team("data") == .owner("data"))
        #expect(team(" data") == .owner("data"))
        #expect(team("data\t") == .owner("data"))
        #expect(team("\u{2003}data\u{00A0}") == .owner("data"))
        #expect(team("data team") == .owner("data team"))
        #expect(team(" \t ") == .unowned)
        #expect(team("") == .unowned)
        #expect(team(nil) == .unowned)
    }

    /// Teams are computed side by side; the list keeps the order of the names, whatever order
    /// the work finished in.
    @Test func manyTeamsComeBackInNameOrder() {
        var l = ledger
        for i in l.projects.indices { l.projects[i].owner = "team-\(i % 23)" }
        let teams = TeamReport.all(l, asOf: fixedNow)
        #expect(teams.map(\.team) == Set(l.projects.map { Team(of: $0) }).sorted())
        for t in teams { #expect(t.projects.allSatisfy { Team(of: l.projects[$0]) == t.team }) }
    }

    @Test func handCountedTeamFigures() {
        let data = TeamReport.of(.owner("data"), in: ledger, asOf: fixedNow)
        // data: 5 active Docker projects, 2 of them with images of 250 MB or less.
        #expect(data.report.metric(.coverageImageSize).numerator == 2)
        #expect(data.report.metric(.coverageImageSize).denominator == 5)
        #expect(data.levelSpread.reduce(0, +) == 5)
        // The overdue base-image refresh counts as behind.
        #expect(data.report.statusSummary == "16 met · 12 progressing · 8 behind")
    }

    @Test func projectsWithoutAnOwnerAreOneTeamCalledNoOwner() {
        var l = ledger
        l.projects[0].owner = nil
        l.projects[1].owner = "   "
        let teams = TeamReport.all(l, asOf: fixedNow)
        #expect(teams.last?.team == .unowned)
        #expect(teams.last?.team.title == "(no owner)")
        #expect(teams.last?.projects == [0, 1])
    }

    @Test func worstMetricIsBehindAndLeastOfTheWayThere() throws {
        let data = TeamReport.of(.owner("data"), in: ledger, asOf: fixedNow)
        let worst = try #require(data.worstMetric)
        #expect(worst.status == .behind)
        for m in data.report.metrics where m.status == .behind {
            #expect((worst.progress ?? 0) <= (m.progress ?? 0))
        }
        let all = data.report.metricsWorstFirst
        #expect(all.count == data.report.metrics.count)
        #expect(all.last?.status == .met || all.last?.status == .noData)
    }

    @Test func progressIsTheRatioTheStatusRuleGrades() {
        #expect(MetricStatus.allCases.count == 4)
        let empty = MetricEngine.report(Ledger(), asOf: fixedNow)
        #expect(empty.metrics.allSatisfy { $0.progress == nil || $0.id == .maintenanceBaseImageAgeDays })
        #expect(empty.worstMetric == nil || empty.worstMetric?.id == .maintenanceBaseImageAgeDays)
    }
}
