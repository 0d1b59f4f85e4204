/// The inputs of the ROI and efficiency figures. Every value defaults to
/// the SAP-011 seed; a ledger overrides only what it knows better.
public struct Assumptions: Equatable, Sendable {
    /// A before/after pair: the cost of an activity without the SAP and with it.
    public struct Pair: Equatable, Sendable {
        public var without: Double
        public var with: Double
        public var unknownKeys: [String: JSONValue] = [:]
        public init(without: Double, with: Double) {
            self.without = without
            self.with = with
        }
        public var saving: Double { without - with }
    }

    /// What adopting up to one level costs and what the seed expects it to return.
    public struct LevelEconomics: Equatable, Sendable {
        public var level: Int
        public var setupHours: Double
        public var maintenanceHoursPerMonth: Double
        public var benefitHours: Double
        public var benefitUSD: Double
        /// The ROI figure the seed document states, kept to show beside the computed one.
        public var claimedROI: String
        public var unknownKeys: [String: JSONValue] = [:]
    }

    public var hourlyRateUSD = 100.0
    /// How many CI builds a project runs a month; turns measured build times into hours.
    public var buildsPerMonth = 50.0
    public var horizonMonths = 6.0
    public var setupHours = Pair(without: 3, with: 0.25)
    public var ciBuildHoursPerMonth = Pair(without: 2.5, with: 0.42)
    public var debuggingHours = Pair(without: 4, with: 1)
    public var registryUSDPerMonth = Pair(without: 10, with: 5)
    public var ciRuntimeUSDPerMonth = Pair(without: 40, with: 8)
    public var transferUSDPerMonth = Pair(without: 15, with: 7)
    public var levels: [LevelEconomics] = [
        LevelEconomics(
            level: 1, setupHours: 0.5, maintenanceHoursPerMonth: 0, benefitHours: 3, benefitUSD: 0, claimedROI: "4x-8x"),
        LevelEconomics(
            level: 2, setupHours: 2, maintenanceHoursPerMonth: 1.0 / 6, benefitHours: 5, benefitUSD: 0,
            claimedROI: "2.5x"),
        LevelEconomics(
            level: 3, setupHours: 4, maintenanceHoursPerMonth: 0.25, benefitHours: 15, benefitUSD: 270, claimedROI: "5x"
        ),
        LevelEconomics(
            level: 4, setupHours: 8, maintenanceHoursPerMonth: 0.5, benefitHours: 20, benefitUSD: 400, claimedROI: "6x"),
    ]
    public var unknownKeys: [String: JSONValue] = [:]
    /// Keys of the `timeSavings` and `costPerMonthUSD` groups this version does not know.
    public var timeSavingsUnknownKeys: [String: JSONValue] = [:]
    public var costUnknownKeys: [String: JSONValue] = [:]

    public init() {}

    public func economics(forLevel level: Int) -> LevelEconomics? {
        levels.first { $0.level == level }
    }
}

extension Assumptions {
    init(reading r: inout ObjectReader) {
        let d = Assumptions()
        hourlyRateUSD = r.number("hourlyRateUSD") ?? d.hourlyRateUSD
        buildsPerMonth = r.number("buildsPerMonth") ?? d.buildsPerMonth
        horizonMonths = r.number("horizonMonths") ?? d.horizonMonths
        let time = r.nested("timeSavings") { t in
            (
                Self.pair(&t, "setupHours", d.setupHours),
                Self.pair(&t, "ciBuildHoursPerMonth", d.ciBuildHoursPerMonth),
                Self.pair(&t, "debuggingHours", d.debuggingHours),
                t.unknownKeys
            )
        }
        timeSavingsUnknownKeys = time?.3 ?? [:]
        setupHours = time?.0 ?? d.setupHours
        ciBuildHoursPerMonth = time?.1 ?? d.ciBuildHoursPerMonth
        debuggingHours = time?.2 ?? d.debuggingHours
        let cost = r.nested("costPerMonthUSD") { c in
            (
                Self.pair(&c, "registry", d.registryUSDPerMonth),
                Self.pair(&c, "ciRuntime", d.ciRuntimeUSDPerMonth),
                Self.pair(&c, "transfer", d.transferUSDPerMonth),
                c.unknownKeys
            )
        }
        costUnknownKeys = cost?.3 ?? [:]
        registryUSDPerMonth = cost?.0 ?? d.registryUSDPerMonth
        ciRuntimeUSDPerMonth = cost?.1 ?? d.ciRuntimeUSDPerMonth
        transferUSDPerMonth = cost?.2 ?? d.transferUSDPerMonth
        if r.raw("levels") != nil {
            let given = r.list("levels") { l -> LevelEconomics? in
                guard let level = l.integer("level") else {
                    l.report("level", "is required")
                    return nil
                }
                let base = d.economics(forLevel: level)
                var economics = LevelEconomics(
                    level: level,
                    setupHours: l.number("setupHours") ?? base?.setupHours ?? 0,
                    maintenanceHoursPerMonth: l.number("maintenanceHoursPerMonth") ?? base?.maintenanceHoursPerMonth
                        ?? 0,
                    benefitHours: l.number("benefitHours") ?? base?.benefitHours ?? 0,
                    benefitUSD: l.number("benefitUSD") ?? base?.benefitUSD ?? 0,
                    claimedROI: l.string("claimedROI") ?? base?.claimedROI ?? "")
                economics.unknownKeys = l.unknownKeys
                return economics
            }.compactMap { $0 }
            // Levels left out keep the seed's figures.
            levels =
                d.levels.map { seed in given.first { $0.level == seed.level } ?? seed }
                + given.filter { g in !d.levels.contains { $0.level == g.level } }
        }
        unknownKeys = r.unknownKeys
    }

    private static func pair(_ r: inout ObjectReader, _ key: String, _ fallback: Pair) -> Pair {
        r.nested(key) { p in
            var pair = Pair(without: p.number("without") ?? fallback.without, with: p.number("with") ?? fallback.with)
            pair.unknownKeys = p.unknownKeys
            return pair
        } ?? fallback
    }

    private static func json(_ pair: Pair) -> JSONValue {
        var w = ObjectWriter(unknownKeys: pair.unknownKeys)
        w.set("without", pair.without)
        w.set("with", pair.with)
        return w.value
    }

    public var json: JSONValue {
        var w = ObjectWriter(unknownKeys: unknownKeys)
        w.set("hourlyRateUSD", hourlyRateUSD)
        w.set("buildsPerMonth", buildsPerMonth)
        w.set("horizonMonths", horizonMonths)
        var time = ObjectWriter(unknownKeys: timeSavingsUnknownKeys)
        time.set("setupHours", json: Self.json(setupHours))
        time.set("ciBuildHoursPerMonth", json: Self.json(ciBuildHoursPerMonth))
        time.set("debuggingHours", json: Self.json(debuggingHours))
        w.set("timeSavings", json: time.value)
        var cost = ObjectWriter(unknownKeys: costUnknownKeys)
        cost.set("registry", json: Self.json(registryUSDPerMonth))
        cost.set("ciRuntime", json: Self.json(ciRuntimeUSDPerMonth))
        cost.set("transfer", json: Self.json(transferUSDPerMonth))
        w.set("costPerMonthUSD", json: cost.value)
        w.set(
            "levels",
            json: .array(
                levels.map { l in
                    var level = ObjectWriter(unknownKeys: l.unknownKeys)
                    level.set("level", l.level)
                    level.set("setupHours", l.setupHours)
                    level.set("maintenanceHoursPerMonth", l.maintenanceHoursPerMonth)
                    level.set("benefitHours", l.benefitHours)
                    level.set("benefitUSD", l.benefitUSD)
                    level.set("claimedROI", l.claimedROI)
                    return level.value
                }))
        return w.value
    }
}
