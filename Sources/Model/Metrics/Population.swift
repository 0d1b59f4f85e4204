/// The populations the catalog counts over (DESIGN section 4), split once per computation.
struct Population {
    /// Active projects: archived ones are shown but never counted.
    let active: [Project]
    /// Active projects with Docker, paired with their docker facts.
    let docker: [(project: Project, docker: DockerSetup)]
    /// Docker projects whose CI is enabled.
    let ci: [(project: Project, docker: DockerSetup, ci: CISetup)]
    /// Active projects that are new: not known to predate adoption.
    let new: [Project]

    init(_ ledger: Ledger) {
        active = ledger.projects.filter(\.isActive)
        docker = active.compactMap { p in p.docker.map { (p, $0) } }
        ci = docker.compactMap { pair in
            guard let ci = pair.project.ci, ci.enabled == true else { return nil }
            return (pair.project, pair.docker, ci)
        }
        let start = ledger.meta.adoptionStart.flatMap(ISODate.seconds)
        new = active.filter { project in
            guard let start, let created = project.createdAt.flatMap(ISODate.seconds) else { return true }
            return created >= start
        }
    }
}

/// Counting helpers: a share counts only known values; averages skip unknown ones.
enum Tally {
    /// (how many are true, how many are known)
    static func share<T>(_ items: [T], _ flag: (T) -> Bool?) -> (Int, Int) {
        var yes = 0
        var known = 0
        for item in items {
            guard let value = flag(item) else { continue }
            known += 1
            if value { yes += 1 }
        }
        return (yes, known)
    }

    struct Summary {
        var count = 0
        var sum = 0.0
        var minimum = Double.infinity
        var maximum = -Double.infinity
        var average: Double? { count == 0 ? nil : sum / Double(count) }
        var min: Double? { count == 0 ? nil : minimum }
        var max: Double? { count == 0 ? nil : maximum }
    }

    static func summary<T>(_ items: [T], _ value: (T) -> Double?) -> Summary {
        var s = Summary()
        for item in items {
            guard let v = value(item) else { continue }
            s.count += 1
            s.sum += v
            s.minimum = Swift.min(s.minimum, v)
            s.maximum = Swift.max(s.maximum, v)
        }
        return s
    }
}
