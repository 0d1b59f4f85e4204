/// The populations the metric catalog counts over (docs/METRICS.md), split once per computation.
struct Population {
    /// How many projects are active: archived ones are shown but never counted.
    let activeCount: Int
    /// Active projects that are new (not known to predate adoption), and how many have Docker.
    let newCount: Int
    let newWithDocker: Int
    /// Active projects with Docker: their name and docker facts (not whole project copies,
    /// which dominated the report's cost on big ledgers).
    let docker: [(name: String, docker: DockerSetup)]
    /// Docker projects whose CI is enabled.
    let ci: [(docker: DockerSetup, ci: CISetup)]

    /// One pass over the projects.
    init(_ ledger: Ledger) {
        let start = ledger.meta.adoptionStart.flatMap(ISODate.seconds)
        var active = 0
        var new = 0
        var newWithDocker = 0
        var docker: [(name: String, docker: DockerSetup)] = []
        var ci: [(docker: DockerSetup, ci: CISetup)] = []
        for p in ledger.projects where p.isActive {
            active += 1
            if Self.isNew(p, adoptionStartSeconds: start) {
                new += 1
                if p.docker != nil { newWithDocker += 1 }
            }
            guard let d = p.docker else { continue }
            docker.append((p.name, d))
            if let c = p.ci, c.enabled == true { ci.append((d, c)) }
        }
        activeCount = active
        newCount = new
        self.newWithDocker = newWithDocker
        self.docker = docker
        self.ci = ci
    }
}

extension Population {
    /// New unless created known-earlier than the adoption start.
    static func isNew(_ p: Project, adoptionStart: String?) -> Bool {
        isNew(p, adoptionStartSeconds: adoptionStart.flatMap(ISODate.seconds))
    }

    static func isNew(_ p: Project, adoptionStartSeconds start: Double?) -> Bool {
        guard let start, let created = p.createdAt.flatMap(ISODate.seconds) else { return true }
        return created >= start
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
