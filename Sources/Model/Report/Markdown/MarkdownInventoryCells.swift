import Foundation

/// The cells of the Project Inventory table, written and read by the same code so that a
/// ledger exported to Markdown imports back with the same fields.
public enum MarkdownInventoryCells {
    public static let headers = [
        "Project Name", "Owner", "chora-base Version", "Dockerfile Type", "Image Size", "Build Time", "Multi-Arch",
        "Status",
    ]
    static let noDocker = "No Docker"

    // MARK: Writing

    static func row(_ index: Int, in ledger: Ledger, _ report: LedgerReport) -> [String] {
        let project = ledger.projects[index]
        let d = project.docker
        return [
            project.name, text(project.owner), text(project.choraBaseVersion), dockerfileType(project),
            imageSize(d?.imageSizeMB),
            buildTime(d), platforms(d?.platforms), status(index, in: ledger, report),
        ]
    }

    static func text(_ value: String?) -> String { value.map { $0.isEmpty ? "-" : $0 } ?? "-" }

    static func dockerfileType(_ project: Project) -> String {
        guard let d = project.docker else { return noDocker }
        return d.dockerfileType.map { $0.rawValue.prefix(1).uppercased() + $0.rawValue.dropFirst() } ?? "-"
    }

    /// Full precision, so the JSON value comes back unchanged.
    static func imageSize(_ mb: Double?) -> String {
        mb.map { JSONWriter.format(number: $0) + " MB" } ?? "-"
    }

    /// "160 s / 28 s cached", "160 s", "- / 28 s cached".
    static func buildTime(_ d: DockerSetup?) -> String {
        let uncached = d?.buildTimeUncachedS.map { JSONWriter.format(number: $0) + " s" }
        let cached = d?.buildTimeCachedS.map { JSONWriter.format(number: $0) + " s cached" }
        switch (uncached, cached) {
        case (nil, nil): return "-"
        case (let u?, nil): return u
        case (nil, let c?): return "- / " + c
        case (let u?, let c?): return u + " / " + c
        }
    }

    static func platforms(_ list: [String]?) -> String {
        guard let list else { return "-" }
        return list.isEmpty ? "none" : list.joined(separator: ", ")
    }

    /// The project's own standing (ProjectAssessment) with its active/archived state in words.
    static func status(_ index: Int, in ledger: Ledger, _ report: LedgerReport) -> String {
        if !ledger.projects[index].isActive { return "⚪ Archived (not counted)" }
        let level = report.projectLevels[index]
        let a = report.standings.summary(of: index, level: level)
        let detail: String
        switch a.status {
        case .noData: detail = "no Docker yet"
        case .met: detail = "Level \(level), all targets met"
        case .behind, .progressing:
            detail = "Level \(level), \(a.count) target\(a.count == 1 ? "" : "s") \(a.status.word)"
        }
        return MarkdownStatus.emoji(a.status) + " Active (" + detail + ")"
    }

    // MARK: Reading (nil: the cell says nothing; throws: the cell says something unreadable)

    struct Unreadable: Error { let message: String }

    static func isBlank(_ cell: String) -> Bool {
        let t = cell.trimmingCharacters(in: .whitespaces).lowercased()
        return t.isEmpty || t == "-" || t == "—" || t == "n/a" || t == "tbd" || t == "?"
    }

    /// nil: no Docker; `.some(nil)`: Docker of an unknown type.
    static func parseDockerfileType(_ cell: String) throws(Unreadable) -> DockerfileType?? {
        let t = cell.lowercased()
        if isBlank(cell) { return .some(nil) }
        if t == "no docker" || t == "none" || t == "no" { return .none }
        let hasProduction = t.contains("prod")
        let hasTest = t.contains("test")
        if t.contains("both") || (hasProduction && hasTest) { return .some(.both) }
        if hasProduction { return .some(.production) }
        if hasTest { return .some(.test) }
        throw Unreadable(message: "Dockerfile Type \"\(cell)\" is not Production, Test, Both or No Docker")
    }

    /// "182.5 MB", "1.8 GB", "182.5": megabytes.
    static func parseImageSize(_ cell: String) throws(Unreadable) -> Double? {
        if isBlank(cell) { return nil }
        guard let (value, unit) = MarkdownNumber.leading(cell), value >= 0 else {
            throw Unreadable(message: "Image Size \"\(cell)\" is not a size like 182 MB")
        }
        switch unit.lowercased() {
        case "", "mb", "mib", "m": return value
        case "gb", "gib", "g": return value * 1024
        case "kb", "kib", "k": return value / 1024
        default: throw Unreadable(message: "Image Size \"\(cell)\": unknown unit \"\(unit)\" (use MB or GB)")
        }
    }

    /// "160 s / 28 s cached", "2 min", "2m 40s (cached: 28s)": (uncached, cached) seconds.
    static func parseBuildTime(_ cell: String) throws(Unreadable) -> (uncached: Double?, cached: Double?) {
        if isBlank(cell) { return (nil, nil) }
        var uncached: Double?
        var cached: Double?
        for part in cell.split(whereSeparator: { $0 == "/" || $0 == ";" || $0 == "(" || $0 == ")" || $0 == "," }) {
            let text = part.trimmingCharacters(in: .whitespaces)
            if isBlank(text) { continue }
            guard let seconds = seconds(text) else {
                throw Unreadable(message: "Build Time \"\(cell)\" is not a duration like 160 s / 28 s cached")
            }
            let lower = text.lowercased()
            if lower.contains("cached") && !lower.contains("uncached") { cached = seconds } else { uncached = seconds }
        }
        return (uncached, cached)
    }

    /// "160 s", "2m 40s", "2.5 min", "1h": seconds; nil if no number.
    private static func seconds(_ text: String) -> Double? {
        var rest = Substring(text)
        var total = 0.0
        var found = false
        while let (value, unit, remainder) = MarkdownNumber.next(rest) {
            found = true
            switch unit.lowercased() {
            case "h", "hr", "hrs", "hour", "hours": total += value * 3600
            case "m", "min", "mins", "minute", "minutes": total += value * 60
            case "ms": total += value / 1000
            default: total += value
            }
            rest = remainder
        }
        return found ? total : nil
    }

    /// "linux/amd64, linux/arm64", "amd64 + arm64", "none", "Yes"/"No" (the seed's shape).
    static func parsePlatforms(_ cell: String) throws(Unreadable) -> [String]? {
        if isBlank(cell) { return nil }
        let t = cell.lowercased()
        if t == "none" { return [] }
        if t.hasPrefix("yes") && !t.contains("/") && !t.contains("amd64") && !t.contains("arm") {
            return ["linux/amd64", "linux/arm64"]
        }
        if t == "no" { return ["linux/amd64"] }
        var out: [String] = []
        for token in cell.split(whereSeparator: {
            $0 == "," || $0 == "+" || $0 == " " || $0 == ";" || $0 == "(" || $0 == ")"
        }) {
            var p = String(token)
            let lower = p.lowercased()
            if lower == "yes" || lower == "and" { continue }
            if !p.contains("/") || lower.hasPrefix("arm/") { p = "linux/" + p }
            guard p.split(separator: "/").count >= 2 else { continue }
            out.append(p)
        }
        guard !out.isEmpty else {
            throw Unreadable(message: "Multi-Arch \"\(cell)\" names no platform (e.g. linux/amd64, linux/arm64)")
        }
        return out
    }

    /// Active unless the cell says archived; the emoji and details are derived, not stored.
    static func parseStatus(_ cell: String) -> Project.Status? {
        let t = cell.lowercased()
        if t.contains("archived") || t.contains("retired") || t.contains("deprecated") { return .archived }
        if t.contains("active") { return .active }
        return nil
    }
}
