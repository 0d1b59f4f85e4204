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
                case .fact(let id): Self.fact(id, of: project, &out)
                }
            }
            out.closeObject()
        }
        out.closeArray()
    }

    /// One fact as `ProjectField[id]` reads it, typed: its text made a JSON value.
    static func fact(_ id: ProjectFieldID, of p: Project, _ out: inout JSONStream) {
        switch id {
        case .name: out.string(p.name)
        case .owner: text(p.owner, &out)
        case .choraBaseVersion: text(p.choraBaseVersion, &out)
        case .createdAt: text(p.createdAt, &out)
        case .status: out.string(p.status?.rawValue ?? Project.Status.active.rawValue)
        case .usesDocker: out.string(ProjectField.flagText(p.docker != nil))
        case .dockerfileType: text(p.docker?.dockerfileType?.rawValue, &out)
        case .multiStage: flag(p.docker?.multiStage, &out)
        case .nonRoot: flag(p.docker?.nonRoot, &out)
        case .minimalBase: flag(p.docker?.minimalBase, &out)
        case .secretsFree: flag(p.docker?.secretsFree, &out)
        case .baseImage: text(p.docker?.baseImage, &out)
        case .healthcheck: flag(p.docker?.healthcheck, &out)
        case .compose: flag(p.docker?.compose, &out)
        case .volumes: flag(p.docker?.volumes, &out)
        case .platforms: list(p.docker?.platforms, &out)
        case .imageSizeMB: out.number(p.docker?.imageSizeMB)
        case .buildContextMB: out.number(p.docker?.buildContextMB)
        case .layers: out.int(p.docker?.layers)
        case .buildTimeUncachedS: out.number(p.docker?.buildTimeUncachedS)
        case .buildTimeCachedS: out.number(p.docker?.buildTimeCachedS)
        case .startupTimeS: out.number(p.docker?.startupTimeS)
        case .healthCheckLatencyMs: out.number(p.docker?.healthCheckLatencyMs)
        case .cacheHitRate: out.number(p.docker?.cacheHitRate)
        case .vulnsCritical: out.int(p.docker?.vulnerabilities?.critical)
        case .vulnsHigh: out.int(p.docker?.vulnerabilities?.high)
        case .vulnsMedium: out.int(p.docker?.vulnerabilities?.medium)
        case .vulnsLow: out.int(p.docker?.vulnerabilities?.low)
        case .scannedAt: text(p.docker?.vulnerabilities?.scannedAt, &out)
        case .registryName: text(p.docker?.registry?.name, &out)
        case .imagesPushed: out.int(p.docker?.registry?.imagesPushed)
        case .registrySizeMB: out.number(p.docker?.registry?.totalSizeMB)
        case .automatedReleases: flag(p.docker?.automatedReleases, &out)
        case .monitoring: flag(p.docker?.monitoring, &out)
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
