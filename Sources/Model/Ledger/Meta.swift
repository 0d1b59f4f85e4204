/// The ledger's header: which SAP it tracks and since when adoption is counted.
public struct Meta: Equatable, Sendable {
    public var sapId: String
    public var capability: String
    public var title: String
    public var ledgerVersion: String
    public var status: String?
    public var lastUpdated: String?
    /// Projects created on or after this day are "new" for coverage.docker.
    public var adoptionStart: String?
    public var unknownKeys: [String: JSONValue] = [:]

    public init(
        sapId: String = "SAP-011", capability: String = "docker-operations",
        title: String = "Ledger: Docker Operations", ledgerVersion: String = "1.0.0",
        status: String? = "Draft", lastUpdated: String? = nil, adoptionStart: String? = nil
    ) {
        self.sapId = sapId
        self.capability = capability
        self.title = title
        self.ledgerVersion = ledgerVersion
        self.status = status
        self.lastUpdated = lastUpdated
        self.adoptionStart = adoptionStart
    }
}

extension Meta {
    init(reading r: inout ObjectReader) {
        let defaults = Meta()
        sapId = r.string("sapId") ?? defaults.sapId
        capability = r.string("capability") ?? defaults.capability
        title = r.string("title") ?? defaults.title
        ledgerVersion = r.string("ledgerVersion") ?? defaults.ledgerVersion
        status = r.string("status")
        lastUpdated = r.string("lastUpdated")
        adoptionStart = r.string("adoptionStart")
        unknownKeys = r.unknownKeys
    }

    public var json: JSONValue {
        var w = ObjectWriter(unknownKeys: unknownKeys)
        w.set("sapId", sapId)
        w.set("capability", capability)
        w.set("title", title)
        w.set("ledgerVersion", ledgerVersion)
        w.set("status", status)
        w.set("lastUpdated", lastUpdated)
        w.set("adoptionStart", adoptionStart)
        return w.value
    }
}
