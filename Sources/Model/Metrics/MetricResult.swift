/// A computed metric: its value against its target, with the counts behind it.
public struct MetricResult: Equatable, Sendable {
    public let id: String
    public let section: MetricSection
    public let label: String
    public let unit: MetricUnit
    public let direction: Direction
    public let target: Double
    /// nil: no data (empty denominator, or no known value).
    public let value: Double?
    public let status: MetricStatus
    /// For shares: how many qualify, out of how many are known.
    public let numerator: Int?
    public let denominator: Int?
    /// For averages: the extremes and how many known values they cover.
    public let minimum: Double?
    public let maximum: Double?
    public let sampleCount: Int?

    init(_ definition: MetricDefinition, target: Double, value: Double?, numerator: Int? = nil, denominator: Int? = nil,
         minimum: Double? = nil, maximum: Double? = nil, sampleCount: Int? = nil, status: MetricStatus? = nil) {
        id = definition.id
        section = definition.section
        label = definition.label
        unit = definition.unit
        direction = definition.direction
        self.target = target
        self.value = value
        self.status = status ?? MetricStatus.evaluate(value: value, target: target, direction: definition.direction)
        self.numerator = numerator
        self.denominator = denominator
        self.minimum = minimum
        self.maximum = maximum
        self.sampleCount = sampleCount
    }

    public var formattedValue: String { MetricFormat.value(value, unit: unit) }
    public var formattedTarget: String { direction.rawValue + MetricFormat.target(target, unit: unit) }
}
