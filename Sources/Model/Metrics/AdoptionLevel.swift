/// The derived adoption level; never typed, always computed from the facts.
/// Each level includes the one below it, and an unknown flag never qualifies.
public enum AdoptionLevel {
    /// By level, 0...4.
    public static let names = ["No Docker", "Basic Docker", "Orchestration", "CI/CD Integration", "Production"]

    /// One requirement of a level: what to call it, and whether a Docker project meets it.
    private struct Requirement: Sendable {
        let label: String
        let isMet: @Sendable (Project, DockerSetup) -> Bool
    }

    /// The rules of levels 2 to 4, stated once: `of` and `missingForNextLevel` both read them.
    private static let requirements: [(level: Int, all: [Requirement])] = [
        (
            2,
            [
                Requirement(label: "Compose") { $1.compose == true },
                Requirement(label: "volumes") { $1.volumes == true },
            ]
        ),
        (
            3,
            [
                Requirement(label: "CI enabled") { p, _ in p.ci?.enabled == true },
                Requirement(label: "GHA cache in CI") { p, _ in p.ci?.ghaCache == true },
                Requirement(label: "a test Dockerfile (type test or both)") {
                    $1.dockerfileType == .test || $1.dockerfileType == .both
                },
            ]
        ),
        (
            4,
            [
                Requirement(label: "a registry") { $1.registry != nil },
                Requirement(label: "automated releases") { $1.automatedReleases == true },
                Requirement(label: "monitoring") { $1.monitoring == true },
            ]
        ),
    ]

    /// Allocation-free: it runs for every project on every edit.
    public static func of(_ project: Project) -> Int {
        guard let d = project.docker else { return 0 }
        for step in requirements where !step.all.allSatisfy({ $0.isMet(project, d) }) { return step.level - 1 }
        return 4
    }

    /// What the project lacks to reach the level after its own; empty at level 4.
    public static func missingForNextLevel(_ project: Project) -> [String] {
        guard let d = project.docker else { return ["a Dockerfile (Docker)"] }
        for step in requirements {
            let missing = step.all.filter { !$0.isMet(project, d) }.map(\.label)
            if !missing.isEmpty { return missing }
        }
        return []
    }
}
