/// Every table of a report, in report order: the one list behind `report --table`, the JSON
/// report's keys and the sections of the text report, so every format has every table under
/// the same name. The name (raw value) is the JSON key, and for a list the ledger file keeps
/// (`projects`, `issues`, `versionHistory`...) the file's own key.
public enum ReportTable: String, CaseIterable, Sendable {
    case metrics
    case levels
    case inventory = "projects"
    case sizes = "imageSizeDistribution"
    case oversized = "oversizedWithoutIssue"
    case buildTimes = "buildTimeDistribution"
    case cache, registries, vulnerabilities, timeSavings, costSavings
    case roiLevels = "roiByLevel"
    case roiProjects = "roiByProject"
    case issues, commonIssues
    case patterns = "resolutionPatterns"
    case baseImageSchedule, templateUpdates, baseImageUpdates
    case versions = "versionHistory"
    case changelog, trend

    /// The name `--table` takes and the JSON report uses.
    public var name: String { rawValue }

    /// Names older versions took for `--table` (with `--format csv`), still accepted.
    public var aliases: [String] {
        switch self {
        case .inventory: ["inventory"]
        case .sizes: ["sizes"]
        case .oversized: ["oversized"]
        case .buildTimes: ["build-times"]
        case .timeSavings: ["time-savings"]
        case .costSavings: ["cost-savings"]
        case .roiLevels: ["roi-levels"]
        case .roiProjects: ["roi-projects"]
        case .commonIssues: ["common-issues"]
        case .patterns: ["patterns"]
        case .baseImageSchedule: ["base-image-schedule"]
        case .templateUpdates: ["template-updates"]
        case .baseImageUpdates: ["base-image-updates"]
        case .versions: ["versions"]
        case .metrics, .levels, .cache, .vulnerabilities, .registries, .issues, .changelog, .trend: []
        }
    }

    /// The table a name or an old alias names (case-insensitive), or nil.
    public init?(named text: String) {
        let wanted = text.lowercased()
        guard
            let table = Self.allCases.first(where: {
                $0.rawValue.lowercased() == wanted || $0.aliases.contains(wanted)
            })
        else { return nil }
        self = table
    }

    /// Where the JSON report keeps it: the metrics and the trend at the top, as they always
    /// were; every other table under `tables`.
    public var isTopLevelInJSON: Bool {
        switch self {
        case .metrics, .trend: true
        case .levels, .inventory, .sizes, .oversized, .buildTimes, .cache, .vulnerabilities, .registries, .timeSavings,
            .costSavings, .roiLevels, .roiProjects, .issues, .commonIssues, .patterns, .baseImageSchedule,
            .templateUpdates, .baseImageUpdates, .versions, .changelog:
            false
        }
    }
}
