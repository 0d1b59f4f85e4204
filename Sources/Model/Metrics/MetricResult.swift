/// A computed metric: its value against its target, with the counts behind it.
public struct MetricResult: Equatable, Sendable {
    public let id: MetricID
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

    /// `status`: replaces the status rule where the metric's meaning demands it (an overdue schedule).
    init(_ definition: MetricDefinition, target: Double, _ measurement: Measurement, status: MetricStatus? = nil) {
        id = definition.id
        section = definition.section
        label = definition.label
        unit = definition.unit
        direction = definition.direction
        self.target = target
        switch measurement {
        case .share(let yes, let known):
            value = known == 0 ? nil : Double(yes) / Double(known)
            (numerator, denominator) = (yes, known)
            (minimum, maximum, sampleCount) = (nil, nil, nil)
        case .average(let summary):
            value = summary.average
            (numerator, denominator) = (nil, nil)
            (minimum, maximum, sampleCount) = (summary.min, summary.max, summary.count)
        case .single(let single, let count):
            value = single
            (numerator, denominator) = (nil, nil)
            (minimum, maximum, sampleCount) = (nil, nil, count)
        }
        self.status = status ?? MetricStatus.evaluate(value: value, target: target, direction: definition.direction)
    }

    /// The value as every table and report shows it beside the target: never rounded onto a
    /// target it misses (`MetricFormat.value(_:unit:beside:_:)`).
    public var formattedValue: String { MetricFormat.value(value, unit: unit, beside: target, direction) }
    public var formattedTarget: String { direction.rawValue + MetricFormat.target(target, unit: unit) }
}
