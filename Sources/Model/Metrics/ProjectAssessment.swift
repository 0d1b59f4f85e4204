/// One project measured against the ledger's targets: its level, what it lacks for the next,
/// which targets its own facts miss and which it has no data for. Shown in the project detail,
/// the Inventory's Status column and the per-project status of every export.
///
/// A miss is graded by the same rule as the ledger's totals (MetricStatus.evaluate): a 5.7x
/// speedup against a 6x target is progressing, not behind; a yes/no fact that is "no" is behind.
public struct ProjectAssessment: Equatable, Sendable {
    public struct Miss: Equatable, Sendable {
        public let metricID: MetricID
        /// What the check is called for one project ("CRITICAL vulnerabilities").
        public let label: String
        /// What the project has, e.g. "412 MB" or "no".
        public let actual: String
        public let target: String
        /// progressing or behind.
        public let status: MetricStatus
    }

    public let level: Int
    public let missingForNextLevel: [String]
    public let misses: [Miss]
    /// Labels of the checks whose facts are unknown.
    public let unknown: [String]

    /// met: no target missed; else the worst status of its misses; noData: no Docker to measure.
    public var status: MetricStatus {
        if level == 0 { return .noData }
        return misses.map(\.status).min() ?? .met
    }

    /// How many misses have the project's (worst) status: the "3" of "○ 3 behind".
    public var worstCount: Int { misses.filter { $0.status == status }.count }

    /// "○ 3 behind", "◐ 1 progressing", "● met", "· no Docker": the same words on every surface.
    public var summary: String {
        switch status {
        case .noData: "no Docker"
        case .met: "met"
        default: "\(worstCount) \(status.word)"
        }
    }

    public static func of(_ project: Project, in ledger: Ledger) -> ProjectAssessment {
        let level = AdoptionLevel.of(project)
        var misses: [Miss] = []
        var unknown: [String] = []
        if project.docker != nil {
            for rule in ProjectRule.all where rule.inAssessment && rule.applies(project) {
                let verdict = rule.verdict(project, ledger)
                switch verdict.status {
                case .noData: unknown.append(rule.label)
                case .met: break
                default:
                    misses.append(
                        Miss(
                            metricID: rule.metricIDs[0], label: rule.label, actual: verdict.actual,
                            target: verdict.target, status: verdict.status))
                }
            }
        }
        return ProjectAssessment(
            level: level, missingForNextLevel: AdoptionLevel.missingForNextLevel(project),
            misses: misses, unknown: unknown)
    }
}
