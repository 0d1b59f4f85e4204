import Foundation
import Model
import Testing

/// The trend read from the ledger's own commits.
@Suite struct GitTrendTests {
    @Test func theLastCommitOfEachDayIsATrendPointBesideTheSnapshots() throws {
        let repo = try GitSandbox() // one commit on 2026-11-01
        let steps: [(String, [String])] = [
            ("2026-11-05T09:00:00Z", ["chora-compose", "--non-root", "no"]),
            ("2026-11-05T18:00:00Z", ["ledger-api", "--non-root", "no"]), // same day, later: the one that counts
            ("2026-11-09T12:00:00Z", ["ledger-api", "--non-root", "yes"]),
        ]
        for (date, args) in steps {
            let result = try CLI.run(["project", "set"] + args + ["--ledger", "ledger.json"], in: repo.folder)
            #expect(result.status == 0, "\(result.stderr)")
            try repo.commit("edit", date: date)
        }
        let points = try #require(try GitHistory.points(for: repo.ledger))
        #expect(points.map(\.date) == ["2026-11-01", "2026-11-05", "2026-11-09"])
        #expect(points.allSatisfy { $0.source == .git })
        let nonRoot = points.map { $0.metrics["coverage.nonRoot"].map { ($0 * 1000).rounded() / 1000 } }
        #expect(nonRoot == [0.913, 0.826, 0.87])
        // A second read comes from the cache under .git/ and gives the same points.
        #expect(FileManager.default.fileExists(atPath: repo.folder + "/.git/dockledger/trend-cache.json"))
        #expect(try GitHistory.points(for: repo.ledger) == points)

        let json = try repo.dockledger("report", "ledger.json", "--format", "json", "--as-of", "2026-11-26")
        let trend = try #require(
            (try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])?["trend"]
                as? [[String: Any]])
        // The demo's three history snapshots, then the three days from git.
        #expect(
            trend.map { $0["date"] as? String } == [
                "2026-02-01", "2026-05-01", "2026-08-01", "2026-11-01", "2026-11-05", "2026-11-09",
            ])
        #expect(trend.map { $0["source"] as? String } == ["snapshot", "snapshot", "snapshot", "git", "git", "git"])
        let text = try repo.dockledger("report", "ledger.json", "--as-of", "2026-11-26").stdout
        #expect(text.contains("Trend (6 points, 2026-02-01 to 2026-11-09; 3 from git, 3 snapshots)"))
        #expect(text.contains("  coverage.nonRoot                 █▁▅     91.3%     87.0%"))
    }

    @Test func aLedgerOutsideGitHasNoGitPoints() throws {
        let folder = CLI.temporaryFolder()
        try FileManager.default.copyItem(atPath: CLI.demoLedger, toPath: folder + "/ledger.json")
        #expect(try GitHistory.points(for: folder + "/ledger.json") == nil)
    }
}
