/// The projects the report's tables are over: the active ones with Docker.
struct Population {
    /// Their names and Docker facts, copied out once (not whole project copies, which dominated
    /// the report's cost on big ledgers) and then read in place by every table.
    let docker: [(name: String, docker: DockerSetup)]

    /// One pass over the projects. (It also counted active and new projects, parsing every
    /// creation date, and copied the CI projects' facts, which nothing read: about 50 ms of CPU
    /// at 100,000 projects, a fifth of computing the tables.)
    init(_ ledger: Ledger) {
        var docker: [(name: String, docker: DockerSetup)] = []
        for p in ledger.projects where p.isActive {
            if let d = p.docker { docker.append((p.name, d)) }
        }
        self.docker = docker
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
