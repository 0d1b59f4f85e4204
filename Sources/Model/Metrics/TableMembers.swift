/// The projects behind a row of the engine's tables that is not a metric: a bucket of the image
/// size or build time distribution, a registry, a vulnerability severity, a base image. Each
/// comes with the figure that puts it in the row. Counted over the projects the tables count:
/// active ones with Docker. The buckets are the tables' own (`Tables.sizeBuckets`,
/// `Tables.buildTimeBuckets`), so a row and its projects always agree.
public enum TableMembers {
    public struct Entry: Equatable, Sendable {
        /// An index into the ledger's projects.
        public let project: Int
        public let name: String
        /// The figure that puts the project in the row ("612 MB", "ghcr.io/acme").
        public let value: String
    }

    /// The projects whose image size falls in the bucket (an index into the report's
    /// `sizeDistribution`), largest first.
    public static func imageSize(bucket: Int, in ledger: Ledger) -> [Entry] {
        guard Tables.sizeBuckets.indices.contains(bucket) else { return [] }
        let contains = Tables.sizeBuckets[bucket].contains
        return measured(ledger, unit: .megabytes) { d in
            d.imageSizeMB.flatMap { contains($0) ? $0 : nil }
        }
    }

    /// The projects whose cached (or uncached) build time falls in the bucket (an index into
    /// the report's `buildTimeDistribution`), slowest first.
    public static func buildTime(bucket: Int, cached: Bool, in ledger: Ledger) -> [Entry] {
        guard Tables.buildTimeBuckets.indices.contains(bucket) else { return [] }
        let contains = Tables.buildTimeBuckets[bucket].contains
        return measured(ledger, unit: .seconds) { d in
            (cached ? d.buildTimeCachedS : d.buildTimeUncachedS).flatMap { contains($0) ? $0 : nil }
        }
    }

    /// The projects that push to a registry of this kind, by name; the value is the registry
    /// and how many images were pushed.
    public static func registry(_ kind: RegistryKind, in ledger: Ledger) -> [Entry] {
        var out: [Entry] = []
        for (i, p) in dockerProjects(ledger) {
            guard let r = p.docker?.registry, RegistryKind(registryName: r.name) == kind else { continue }
            let pushed = r.imagesPushed.map { " · \($0) image\($0 == 1 ? "" : "s")" } ?? ""
            out.append(Entry(project: i, name: p.name, value: r.name + pushed))
        }
        return out.sorted(by: byName)
    }

    /// The scanned projects with a known count of this severity, most first (projects with
    /// none included: 0 is a finding too), and those it cannot tell: never scanned, or scanned
    /// without this count.
    public static func severity(_ severity: Severity, in ledger: Ledger) -> (counted: [Entry], unknown: [Entry]) {
        var counted: [(Entry, Int)] = []
        var unknown: [Entry] = []
        for (i, p) in dockerProjects(ledger) {
            guard let scan = p.docker?.vulnerabilities else {
                unknown.append(Entry(project: i, name: p.name, value: "not scanned"))
                continue
            }
            let count: Int?
            switch severity {
            case .critical: count = scan.critical
            case .high: count = scan.high
            case .medium: count = scan.medium
            case .low: count = scan.low
            }
            guard let count else {
                unknown.append(Entry(project: i, name: p.name, value: "unknown"))
                continue
            }
            counted.append((Entry(project: i, name: p.name, value: String(count)), count))
        }
        counted.sort { $0.1 != $1.1 ? $0.1 > $1.1 : byName($0.0, $1.0) }
        return (counted.map(\.0), unknown.sorted(by: byName))
    }

    /// The projects built on this base image (the same text, any case), by name.
    public static func baseImage(_ image: String, in ledger: Ledger) -> [Entry] {
        let wanted = image.lowercased()
        var out: [Entry] = []
        for (i, p) in dockerProjects(ledger) {
            guard let base = p.docker?.baseImage, base.lowercased() == wanted else { continue }
            out.append(Entry(project: i, name: p.name, value: base))
        }
        return out.sorted(by: byName)
    }

    // MARK: - Helpers

    private static func dockerProjects(_ ledger: Ledger) -> [(Int, Project)] {
        ledger.projects.indices.compactMap { i in
            let p = ledger.projects[i]
            return p.isActive && p.docker != nil ? (i, p) : nil
        }
    }

    /// The projects whose measurement is in the row (`value` nil: not in it), largest first.
    private static func measured(_ ledger: Ledger, unit: MetricUnit, _ value: (DockerSetup) -> Double?) -> [Entry] {
        var rows: [(Entry, Double)] = []
        for (i, p) in dockerProjects(ledger) {
            guard let d = p.docker, let v = value(d) else { continue }
            rows.append((Entry(project: i, name: p.name, value: MetricFormat.value(v, unit: unit)), v))
        }
        rows.sort { $0.1 != $1.1 ? $0.1 > $1.1 : byName($0.0, $1.0) }
        return rows.map(\.0)
    }

    private static func byName(_ a: Entry, _ b: Entry) -> Bool { a.name.lowercased() < b.name.lowercased() }
}
