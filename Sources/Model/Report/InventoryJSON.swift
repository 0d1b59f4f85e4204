import Foundation

/// The JSON report's inventory (`projects`): every project, its level and target status, then
/// every fact of the field table under its path in the file (`docker.nonRoot`), typed as the
/// file types it: flags as booleans, numbers as numbers, lists as arrays, unknown (absent or
/// empty text) as null. Written project by project, straight from the project's properties
/// (at 100,000 projects, going through each field's text costs more than the whole engine);
/// the switch over `ProjectFieldID` has no default, so a new field does not compile until its
/// JSON is decided here.
struct InventoryJSON {
    private enum Column {
        case level, targetStatus, missedTargets
        case fact(ProjectFieldID)
    }

    private let ledger: Ledger
    private let report: LedgerReport
    /// Every key, quoted, in the order an object writes its keys, with what it holds.
    private let columns: [(key: [UInt8], column: Column)]

    init(_ ledger: Ledger, _ report: LedgerReport) {
        self.ledger = ledger
        self.report = report
        let own: [(String, Column)] = [
            ("level", .level), ("targetStatus", .targetStatus), ("missedTargets", .missedTargets),
        ]
        let facts = ProjectFieldID.allCases.map { ($0.path, Column.fact($0)) }
        columns = (own + facts).sorted { $0.0 < $1.0 }.map { key, column in
            var quoted: [UInt8] = []
            JSONWriter.writeString(key, into: &quoted)
            return (quoted, column)
        }
    }

    func write(_ out: inout JSONStream) {
        out.openArray()
        for (i, project) in ledger.projects.enumerated() {
            let level = report.projectLevels[i]
            // Read once: `project.docker?.x` for each fact copies the whole setup each time.
            let docker = project.docker
            out.openObject()
            for (key, column) in columns {
                out.key(quoted: key)
                switch column {
                case .level: out.int(level)
                case .targetStatus: out.string(report.standings.summary(of: i, level: level).status.rawValue)
                case .missedTargets:
                    out.openArray()
                    for id in report.standings.missedTargets(of: i) { out.string(id.rawValue) }
                    out.closeArray()
                case .fact(let id): Self.fact(id, of: project, docker, &out)
                }
            }
            out.closeObject()
        }
        out.closeArray()
    }

    /// One fact as `ProjectField[id]` reads it, typed: its text made a JSON value. `docker` is
    /// the project's `docker`.
    static func fact(_ id: ProjectFieldID, of p: Project, _ docker: DockerSetup?, _ out: inout JSONStream) {
        switch id {
        case .name: out.string(p.name)
        case .owner: text(p.owner, &out)
        case .choraBaseVersion: text(p.choraBaseVersion, &out)
        case .createdAt: text(p.createdAt, &out)
        case .status: out.string(p.status?.rawValue ?? Project.Status.active.rawValue)
        case .usesDocker: out.string(ProjectField.flagText(docker != nil))
        case .dockerfileType: text(docker?.dockerfileType?.rawValue, &out)
        case .multiStage: flag(docker?.multiStage, &out)
        case .nonRoot: flag(docker?.nonRoot, &out)
        case .minimalBase: flag(docker?.minimalBase, &out)
        case .secretsFree: flag(docker?.secretsFree, &out)
        case .baseImage: text(docker?.baseImage, &out)
        case .healthcheck: flag(docker?.healthcheck, &out)
        case .compose: flag(docker?.compose, &out)
        case .volumes: flag(docker?.volumes, &out)
        case .platforms: list(docker?.platforms, &out)
        case .imageSizeMB: out.number(docker?.imageSizeMB)
        case .buildContextMB: out.number(docker?.buildContextMB)
        case .layers: out.int(docker?.layers)
        case .buildTimeUncachedS: out.number(docker?.buildTimeUncachedS)
        case .buildTimeCachedS: out.number(docker?.buildTimeCachedS)
        case .startupTimeS: out.number(docker?.startupTimeS)
        case .healthCheckLatencyMs: out.number(docker?.healthCheckLatencyMs)
        case .cacheHitRate: out.number(docker?.cacheHitRate)
        case .vulnsCritical: out.int(docker?.vulnerabilities?.critical)
        case .vulnsHigh: out.int(docker?.vulnerabilities?.high)
        case .vulnsMedium: out.int(docker?.vulnerabilities?.medium)
        case .vulnsLow: out.int(docker?.vulnerabilities?.low)
        case .scannedAt: text(docker?.vulnerabilities?.scannedAt, &out)
        case .registryName: text(docker?.registry?.name, &out)
        case .imagesPushed: out.int(docker?.registry?.imagesPushed)
        case .registrySizeMB: out.number(docker?.registry?.totalSizeMB)
        case .automatedReleases: flag(docker?.automatedReleases, &out)
        case .monitoring: flag(docker?.monitoring, &out)
        case .ciEnabled: flag(p.ci?.enabled, &out)
        case .buildx: flag(p.ci?.buildx, &out)
        case .ghaCache: flag(p.ci?.ghaCache, &out)
        case .coverageExtraction: flag(p.ci?.coverageExtraction, &out)
        case .multiArch: flag(p.ci?.multiArch, &out)
        }
    }

    /// Text; empty text is unknown, as in the field's text.
    private static func text(_ value: String?, _ out: inout JSONStream) {
        guard let value, !value.isEmpty else { return out.null() }
        out.string(value)
    }

    private static func flag(_ value: Bool?, _ out: inout JSONStream) {
        guard let value else { return out.null() }
        out.bool(value)
    }

    /// A list as the field's text gives it: its items joined with ", ", read back by splitting
    /// there (so `[]` and `[""]` are unknown). Items without a comma come back as they were.
    private static func list(_ items: [String]?, _ out: inout JSONStream) {
        guard let items, !items.isEmpty, items != [""] else { return out.null() }
        let asTheyAre = items.allSatisfy { $0.utf8.allSatisfy { $0 != UInt8(ascii: ",") && $0 < 0x80 } }
        out.openArray()
        for item in asTheyAre ? items : items.joined(separator: ", ").components(separatedBy: ", ") {
            out.string(item)
        }
        out.closeArray()
    }
}
