/// The derived adoption level (DESIGN section 3); never typed, always computed from the facts.
/// Each level includes the one below it, and an unknown flag never qualifies.
public enum AdoptionLevel {
    public static let names = [
        0: "No Docker",
        1: "Basic Docker",
        2: "Orchestration",
        3: "CI/CD Integration",
        4: "Production",
    ]

    /// Computed without building the requirement lists: it runs for every project on every edit.
    public static func of(_ project: Project) -> Int {
        guard let d = project.docker else { return 0 }
        guard d.compose == true, d.volumes == true else { return 1 }
        guard project.ci?.enabled == true, project.ci?.ghaCache == true,
              d.dockerfileType == .test || d.dockerfileType == .both else { return 2 }
        guard d.registry != nil, d.automatedReleases == true, d.monitoring == true else { return 3 }
        return 4
    }

    /// What the project lacks to reach the level after its own; empty at level 4.
    public static func missingForNextLevel(_ project: Project) -> [String] {
        missing(for: project).first?.requirements ?? []
    }

    /// Every level from 1 to 4 that is not yet reached, with its unmet requirements.
    private static func missing(for project: Project) -> [(level: Int, requirements: [String])] {
        var gaps: [(Int, [String])] = []
        guard let docker = project.docker else {
            return [(1, ["a Dockerfile (docker)"])]
        }
        var two: [String] = []
        if docker.compose != true { two.append("compose") }
        if docker.volumes != true { two.append("volumes") }
        if !two.isEmpty { gaps.append((2, two)) }
        var three: [String] = []
        if project.ci?.enabled != true { three.append("ci.enabled") }
        if project.ci?.ghaCache != true { three.append("ci.ghaCache") }
        if docker.dockerfileType != .test && docker.dockerfileType != .both { three.append("a test Dockerfile (dockerfileType test or both)") }
        if !three.isEmpty { gaps.append((3, three)) }
        var four: [String] = []
        if docker.registry == nil { four.append("a registry") }
        if docker.automatedReleases != true { four.append("automatedReleases") }
        if docker.monitoring != true { four.append("monitoring") }
        if !four.isEmpty { gaps.append((4, four)) }
        return gaps.map { (level: $0.0, requirements: $0.1) }
    }
}
