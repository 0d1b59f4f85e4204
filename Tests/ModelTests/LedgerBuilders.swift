import Foundation

@testable import Model

/// Small constructors so each test states only the facts it is about.
func dockerProject(
    _ name: String, created: String? = nil, status: Project.Status? = nil,
    ci: CISetup? = nil, _ configure: (inout DockerSetup) -> Void = { _ in }
) -> Project {
    var docker = DockerSetup()
    configure(&docker)
    return Project(name: name, createdAt: created, status: status, docker: docker, ci: ci)
}

func plainProject(_ name: String, created: String? = nil, status: Project.Status? = nil) -> Project {
    Project(name: name, createdAt: created, status: status)
}

func ledger(_ projects: [Project], issues: [Issue] = [], targets: [String: Double] = [:], adoptionStart: String? = nil)
    -> Ledger
{
    Ledger(meta: Meta(adoptionStart: adoptionStart), targets: targets, projects: projects, issues: issues)
}

/// 2026-11-26T00:00:00Z, the day the fixtures are written for.
let fixedNow = ISODate.seconds("2026-11-26")!

func report(_ l: Ledger) -> LedgerReport { MetricEngine.report(l, asOf: fixedNow) }

let demoLedgerPath: String = {
    let here = URL(fileURLWithPath: #filePath)
    return here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("data/ledger.json").path
}()

/// A fresh empty folder for a test's files.
func temporaryFolder() -> String {
    let path = NSTemporaryDirectory() + "dockledger-tests-\(UUID().uuidString)"
    try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}
