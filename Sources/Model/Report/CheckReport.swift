/// The CI gate's verdict: which metrics are below the bar, the projects behind each, and the
/// same findings as plain text, JSON or GitHub workflow commands (annotations on a pull request).
public struct CheckReport: Sendable {
    /// Which statuses fail the gate.
    public enum Bar: String, CaseIterable, Sendable {
        /// Fail on behind only.
        case behind
        /// Fail on behind and progressing: anything not yet met.
        case progressing
    }

    public struct Finding: Sendable {
        public let metric: MetricResult
        /// The active projects that keep the metric from being met (progressing or behind on
        /// their own), least of the way there first.
        public let projects: [String]
    }

    public enum Problem: Error, Equatable, CustomStringConvertible {
        case patternMatchesNothing(String)

        public var description: String {
            switch self {
            case .patternMatchesNothing(let p):
                "--only \(p): no metric id matches (ids look like security.nonRoot; see `dockledger report --format csv --table metrics`)"
            }
        }
    }

    public let bar: Bar
    /// The metrics the gate looked at (all, or those `--only` picked).
    public let checked: [MetricResult]
    public let failing: [Finding]
    /// True when every checked metric says "no data" and an empty ledger is not allowed.
    public let emptyFails: Bool

    public var passes: Bool { failing.isEmpty && !emptyFails }

    /// `only`: glob patterns on metric ids (`security.*`); empty means every metric.
    public init(ledger: Ledger, report: LedgerReport, bar: Bar, only: [String] = [], allowEmpty: Bool = false)
        throws(Problem)
    {
        var checked = report.metrics
        if !only.isEmpty {
            for pattern in only where !report.metrics.contains(where: { Glob.matches($0.id.rawValue, pattern) }) {
                throw .patternMatchesNothing(pattern)
            }
            checked = report.metrics.filter { m in only.contains { Glob.matches(m.id.rawValue, $0) } }
        }
        self.bar = bar
        self.checked = checked
        let below = checked.filter { m in m.status == .behind || (bar == .progressing && m.status == .progressing) }
        // The projects behind each: the same standings the drill-down and the JSON report list,
        // worst first.
        let breakdowns = below.isEmpty ? [:] : MetricBreakdown.all(ledger, report, includingMeeting: false)
        failing = below.map { Finding(metric: $0, projects: breakdowns[$0.id]?.failing.map(\.name) ?? []) }
        emptyFails = !allowEmpty && checked.allSatisfy { $0.status == .noData }
    }

    /// Whether a metric id matches an `--only` pattern (`security.*`).
    public static func matches(_ id: String, pattern: String) -> Bool { Glob.matches(id, pattern) }

    /// "16 met, 15 progressing, 5 behind, 0 no data"
    public var counts: String {
        let counts = Dictionary(grouping: checked, by: \.status).mapValues(\.count)
        return MetricStatus.allCases.map { "\(counts[$0] ?? 0) \($0.word)" }.joined(separator: ", ")
    }

    private var barWords: String { bar == .behind ? "behind" : "below target" }

    private static let emptyReason =
        "every metric says \"no data\": the ledger has nothing to measure (pass --allow-empty to accept that)"

    /// One line per failing metric, the projects behind it indented under it, then a summary.
    public var text: String {
        var lines: [String] = []
        for f in failing {
            lines.append(
                "\(f.metric.id): \(f.metric.status.word): \(f.metric.formattedValue) (target \(f.metric.formattedTarget)) \(f.metric.label)"
            )
            if !f.projects.isEmpty { lines.append("  projects: " + f.projects.joined(separator: ", ")) }
        }
        if emptyFails {
            lines.append("failing: " + Self.emptyReason)
        } else if failing.isEmpty {
            lines.append("ok: no metric is \(barWords) (\(counts))")
        } else {
            lines.append("\(failing.count) metric\(failing.count == 1 ? "" : "s") failing (\(counts))")
        }
        return lines.joined(separator: "\n")
    }

    public var json: String {
        JSONWriter.string(
            .object([
                "ok": .bool(passes),
                "failOn": .string(bar.rawValue),
                "empty": .bool(emptyFails),
                "counts": .object(
                    Dictionary(
                        uniqueKeysWithValues: MetricStatus.allCases.map { s in
                            (s.rawValue, .number(Double(checked.filter { $0.status == s }.count)))
                        })),
                "failing": .array(
                    failing.map { f in
                        var object = JSONReport.metric(f.metric)
                        if case .object(var fields) = object {
                            fields["projects"] = .array(f.projects.map(JSONValue.string))
                            object = .object(fields)
                        }
                        return object
                    }),
            ]))
    }

    /// GitHub Actions workflow commands: one `::error` per failing metric (shown on the pull
    /// request, pointing at the ledger file), then a `::notice` with the counts.
    public func github(file: String) -> String {
        var lines: [String] = []
        let fileProperty = "file=" + Self.escapeProperty(file)
        for f in failing {
            var message =
                "\(f.metric.label): \(f.metric.status.word), \(f.metric.formattedValue) (target \(f.metric.formattedTarget))"
            if !f.projects.isEmpty { message += "\nprojects: " + f.projects.joined(separator: ", ") }
            lines.append(
                "::error \(fileProperty),title=\(Self.escapeProperty("dockledger: " + f.metric.id.rawValue))::\(Self.escapeData(message))"
            )
        }
        if emptyFails {
            lines.append("::error \(fileProperty),title=dockledger%3A no data::\(Self.escapeData(Self.emptyReason))")
        } else if failing.isEmpty {
            lines.append("::notice title=dockledger::\(Self.escapeData("no metric is \(barWords) (\(counts))"))")
        } else {
            lines.append(
                "::notice title=dockledger::\(Self.escapeData("\(failing.count) metric\(failing.count == 1 ? "" : "s") failing (\(counts))"))"
            )
        }
        return lines.joined(separator: "\n")
    }

    /// Workflow-command escaping: the message may not hold raw newlines or a bare %.
    static func escapeData(_ s: String) -> String {
        s.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// Properties additionally may not hold ':' or ','.
    static func escapeProperty(_ s: String) -> String {
        escapeData(s).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}

/// Shell-style patterns on ids: `*` any run of characters, `?` one character.
enum Glob {
    static func matches(_ text: String, _ pattern: String) -> Bool {
        matches(Array(text), Array(pattern))
    }

    private static func matches(_ t: [Character], _ p: [Character]) -> Bool {
        // Iterative with one backtrack point: linear enough for metric ids.
        var ti = 0
        var pi = 0
        var star = -1
        var mark = 0
        while ti < t.count {
            if pi < p.count && (p[pi] == "?" || p[pi] == t[ti]) {
                ti += 1
                pi += 1
            } else if pi < p.count && p[pi] == "*" {
                star = pi
                mark = ti
                pi += 1
            } else if star >= 0 {
                pi = star + 1
                mark += 1
                ti = mark
            } else {
                return false
            }
        }
        while pi < p.count && p[pi] == "*" { pi += 1 }
        return pi == p.count
    }
}
