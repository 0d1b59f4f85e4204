import Model
import Testing

@testable import TUI

@Suite struct TrendViewTests {
    @Test func gitPointsArriveAsAnEventAndJoinTheSnapshotsInTheCoverageTrend() {
        var s = Fixtures.state(Fixtures.demo(), columns: 120, rows: 60)
        let before = Fixtures.screen(s).lines.joined(separator: "\n")
        #expect(before.contains("Trend: 3 points, 2026-02-01 to 2026-08-01 (0 from git, 3 snapshots)"))
        let points = [
            TrendPoint(date: "2026-09-01", source: .git, metrics: ["coverage.docker": 0.7, "coverage.nonRoot": 0.5]),
            TrendPoint(date: "2026-10-01", source: .git, metrics: ["coverage.docker": 0.8, "coverage.nonRoot": 0.9]),
        ]
        s = update(s, .trend(.loaded(points))).0
        let after = Fixtures.screen(s).lines.joined(separator: "\n")
        #expect(after.contains("Trend: 5 points, 2026-02-01 to 2026-10-01 (2 from git, 3 snapshots)"))
        #expect(after.contains(" Projects with Docker  ▁▄▅▆█"))
        #expect(after.contains(" Non-root execution       ▁█ "))
    }

    @Test func aFailedReadIsSaidInTheStatusBar() {
        let s = update(Fixtures.state(Fixtures.demo()), .trend(.failed("git log: bad"))).0
        #expect(s.message == "trend without git history: git log: bad")
    }

    @Test func sparklinesScaleBetweenTheSmallestAndLargestValue() {
        #expect(Sparkline.render([0, 0.5, 1]) == "▁▅█")
        #expect(Sparkline.render([2, 2]) == "▄▄")
        #expect(Sparkline.render([1, nil, 3]) == "▁ █")
        #expect(Sparkline.render(Array(repeating: 1.0, count: 100) + [2], width: 10) == "▁▁▁▁▁▁▁▁▁█")
        #expect(Sparkline.render([]) == "")
    }
}
