/// Every project's own status on every metric counted over projects: the metric computed over
/// that project alone (its `Contribution`) graded against the ledger's target. Filled by the
/// engine's one pass and read by every surface that names projects behind a metric (the
/// drill-down, `check`, the JSON report's failing/unknown lists) and by each project's summary
/// (Inventory status and its sort, the reports' per-project status), so one fact has one
/// status everywhere. One byte per project and metric.
public struct ProjectStandings: Equatable, Sendable {
    private static let width = MetricID.allCases.count
    /// `width` codes per project; archived projects are graded too (their rows in reports say
    /// how they stand), but never counted in a metric.
    private var codes: [UInt8]

    init(projectCount: Int) {
        codes = Array(repeating: 0, count: projectCount * Self.width)
    }

    public var projectCount: Int { codes.count / Self.width }

    /// The project's status on the metric; nil when the metric does not count projects like it.
    public func status(of project: Int, on id: MetricID) -> MetricStatus? {
        status(of: project, onOrdinal: id.ordinal)
    }

    /// The same by the metric's place in the catalog (`MetricID.ordinal` is a dictionary lookup,
    /// too slow for a pass over every project and metric).
    func status(of project: Int, onOrdinal ordinal: Int) -> MetricStatus? {
        Self.decode(codes[project * Self.width + ordinal])
    }

    mutating func set(_ status: MetricStatus?, of project: Int, on ordinal: Int) {
        codes[project * Self.width + ordinal] = Self.encode(status)
    }

    mutating func clear(project: Int) {
        let base = project * Self.width
        for k in 0..<Self.width { codes[base + k] = 0 }
    }

    /// A project added at `project`: an empty row there, the rows from it on moved down.
    mutating func insertProject(at project: Int) {
        codes.insert(contentsOf: repeatElement(0, count: Self.width), at: project * Self.width)
    }

    /// Project `project` removed: its row goes, the rows after it move up.
    mutating func removeProject(at project: Int) {
        codes.removeSubrange(project * Self.width..<(project + 1) * Self.width)
    }

    /// The project's standing on its own targets (ProjectAssessment.checks): the worst status
    /// of those it misses (met when none), and how many have that status. `level` 0 (no Docker)
    /// is no data.
    public func summary(of project: Int, level: Int) -> ProjectSummary {
        guard level > 0 else { return ProjectSummary(status: .noData, count: 0) }
        var behind = 0
        var progressing = 0
        let base = project * Self.width
        for ordinal in ProjectAssessment.checkOrdinals {
            switch codes[base + ordinal] {
            case Self.behindCode: behind += 1
            case Self.progressingCode: progressing += 1
            default: break
            }
        }
        if behind > 0 { return ProjectSummary(status: .behind, count: behind) }
        if progressing > 0 { return ProjectSummary(status: .progressing, count: progressing) }
        return ProjectSummary(status: .met, count: 0)
    }

    /// The metrics the project misses among its own targets, in check order.
    public func missedTargets(of project: Int) -> [MetricID] {
        let base = project * Self.width
        return zip(ProjectAssessment.checks, ProjectAssessment.checkOrdinals).compactMap { check, ordinal in
            let code = codes[base + ordinal]
            return code == Self.behindCode || code == Self.progressingCode ? check.id : nil
        }
    }

    private static let progressingCode: UInt8 = 2
    private static let behindCode: UInt8 = 3

    private static func encode(_ status: MetricStatus?) -> UInt8 {
        switch status {
        case nil: 0
        case .met: 1
        case .progressing: progressingCode
        case .behind: behindCode
        case .noData: 4
        }
    }

    private static func decode(_ code: UInt8) -> MetricStatus? {
        switch code {
        case 1: .met
        case progressingCode: .progressing
        case behindCode: .behind
        case 4: .noData
        default: nil
        }
    }
}

/// A project's worst status with how many of its targets have it: "○ 3 behind".
public struct ProjectSummary: Equatable, Sendable {
    public let status: MetricStatus
    /// How many of its own targets have that status (0 when met or no data).
    public let count: Int

    /// "3 behind", "1 progressing", "met", "no Docker": the same words on every surface.
    public var text: String {
        switch status {
        case .noData: "no Docker"
        case .met: "met"
        case .behind, .progressing: "\(count) \(status.word)"
        }
    }
}
