import Foundation
import Model

/// `--git-history N`: a repository whose ledger has N commits on N days; times reading the trend
/// from it with an empty cache (first open) and with the cache (every later open), runs medians.
func gitHistoryBench(commits: Int) {
    let folder = NSTemporaryDirectory() + "dockledger-bench-git-\(getpid())"
    try? FileManager.default.removeItem(atPath: folder)
    try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let git = Git(folder: folder)
    try! git.run(["init", "-q", "-b", "main"])
    try! git.run(["config", "user.name", "bench"])
    try! git.run(["config", "user.email", "bench@example.com"])
    let path = folder + "/ledger.json"
    var ledger = syntheticLedger(40)
    let start = ISODate.seconds("2026-01-01")!
    for i in 0..<commits {
        let day = ISODate.instant(fromSeconds: start + Double(i) * 86_400)
        ledger.projects[i % ledger.projects.count].docker?.imageSizeMB = Double(100 + (i * 37) % 400)
        ledger.meta.lastUpdated = String(day.prefix(10)) // every commit changes the file
        try! LedgerStore.save(ledger, to: path)
        setenv("GIT_AUTHOR_DATE", day, 1)
        setenv("GIT_COMMITTER_DATE", day, 1)
        try! git.run(["add", "ledger.json"])
        try! git.run(["commit", "-q", "-m", "day \(i)"])
    }
    let cache = try! git.text(["rev-parse", "--absolute-git-dir"]) + "/dockledger"
    var points = 0
    print("git history: \(commits) commits of a 40-project ledger, median of \(runs) runs")
    print(
        "  trend, empty cache (first open) ",
        ms(
            median {
                try? FileManager.default.removeItem(atPath: cache)
                points = try! GitHistory.points(for: path)!.count
            }))
    print("  trend, cached (later opens)     ", ms(median { points = try! GitHistory.points(for: path)!.count }))
    print("  \(points) trend points")
}
