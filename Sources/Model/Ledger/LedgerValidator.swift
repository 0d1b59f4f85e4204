import Foundation

/// Checks the meaning of a decoded ledger: ranges, uniqueness, dates, references. Runs on
/// loaded files and on every edit, so the dashboard, the CLI and the store agree on "valid".
///
/// Paths are passed as autoclosures and built only for a problem: a valid ledger of 100k
/// projects is checked without making a single path string.
public enum LedgerValidator {
    public static func validate(_ ledger: Ledger) -> [Diagnostic] {
        var out = validateSettings(of: ledger)
        var names = ProjectNameIndex()
        for (i, project) in ledger.projects.enumerated() {
            out += validate(project, at: JSONPath().key("projects").index(i))
            if let first = names.add(project.name, at: i) {
                out.append(
                    Diagnostic(
                        JSONPath().key("projects").index(i).key("name"),
                        "duplicate name \"\(project.name)\" (also projects[\(first)])"))
            }
        }
        return out + validateRecords(of: ledger)
    }

    /// What comes before the projects: format version, meta, targets and assumptions.
    static func validateSettings(of ledger: Ledger) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let root = JSONPath()
        if ledger.formatVersion < 1 {
            out.append(Diagnostic(root.key("formatVersion"), "must be 1 or more, got \(ledger.formatVersion)"))
        }
        checkDay(ledger.meta.lastUpdated, root.key("meta").key("lastUpdated"), &out)
        checkDay(ledger.meta.adoptionStart, root.key("meta").key("adoptionStart"), &out)

        for (id, target) in ledger.targets.sorted(by: { $0.key < $1.key }) {
            let path = root.key("targets").key(id)
            guard let definition = MetricID(rawValue: id)?.definition else {
                out.append(Diagnostic(path, "unknown metric id \"\(id)\""))
                continue
            }
            checkNonNegative(target, path, &out)
            if definition.unit == .share, target > 1 {
                out.append(
                    Diagnostic(path, "is a share and must be between 0 and 1, got \(JSONWriter.format(number: target))")
                )
            }
        }
        validateAssumptions(ledger.assumptions, root.key("assumptions"), &out)
        return out
    }

    /// What comes after the projects: issues, the logs, history and conflicts.
    static func validateRecords(of ledger: Ledger) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let root = JSONPath()
        var seenIDs: Set<Int> = []
        for (i, issue) in ledger.issues.enumerated() {
            out += validate(issue, at: root.key("issues").index(i))
            if !seenIDs.insert(issue.id).inserted {
                out.append(Diagnostic(root.key("issues").index(i).key("id"), "duplicate issue id \(issue.id)"))
            }
        }

        for (i, entry) in ledger.maintenance.templateUpdates.enumerated() {
            let path = root.key("maintenance").key("templateUpdates").index(i)
            checkDay(entry.date, path.key("date"), &out, optional: true)
            checkCount(entry.projectsAffected, path.key("projectsAffected"), &out)
        }
        for (i, entry) in ledger.maintenance.baseImageUpdates.enumerated() {
            let path = root.key("maintenance").key("baseImageUpdates").index(i)
            checkDay(entry.date, path.key("date"), &out, optional: true)
            checkCount(entry.projectsUpdated, path.key("projectsUpdated"), &out)
        }
        for (i, entry) in ledger.versionHistory.enumerated() {
            checkDay(entry.date, root.key("versionHistory").index(i).key("date"), &out, optional: true)
        }
        for (i, entry) in ledger.changelog.enumerated() {
            checkDay(entry.date, root.key("changelog").index(i).key("date"), &out, optional: true)
        }
        for (i, snapshot) in ledger.history.enumerated() {
            let path = root.key("history").index(i)
            checkDay(snapshot.date, path.key("date"), &out)
            for (id, value) in snapshot.metrics.sorted(by: { $0.key < $1.key }) {
                if MetricID(rawValue: id) == nil {
                    out.append(Diagnostic(path.key("metrics").key(id), "unknown metric id \"\(id)\""))
                } else {
                    checkMagnitude(value, path.key("metrics").key(id), &out)
                }
            }
        }
        var seenConflicts: Set<LedgerPath> = []
        for (i, conflict) in ledger.conflicts.enumerated() where !seenConflicts.insert(conflict.path).inserted {
            out.append(
                Diagnostic(root.key("conflicts").index(i).key("path"), "duplicate conflict \"\(conflict.path)\""))
        }
        return out
    }

    /// The checks of one project on its own (everything but uniqueness), used by edit forms.
    public static func validate(_ project: Project, at path: @autoclosure () -> JSONPath) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let name = project.name.unicodeScalars
        if name.allSatisfy(isWhitespace) {
            out.append(Diagnostic(path().key("name"), "must not be empty"))
        } else if isWhitespace(name.first!) || isWhitespace(name.last!) {
            out.append(Diagnostic(path().key("name"), "must not start or end with spaces"))
        } else {
            checkName(project.name, path().key("name"), &out)
        }
        if let owner = project.owner { checkName(owner, path().key("owner"), &out) }
        checkDay(project.createdAt, path().key("createdAt"), &out)
        if let docker = project.docker {
            func d() -> JSONPath { path().key("docker") }
            checkNonNegative(docker.imageSizeMB, d().key("imageSizeMB"), &out)
            checkNonNegative(docker.buildContextMB, d().key("buildContextMB"), &out)
            checkCount(docker.layers, d().key("layers"), &out)
            checkNonNegative(docker.buildTimeUncachedS, d().key("buildTimeUncachedS"), &out)
            checkNonNegative(docker.buildTimeCachedS, d().key("buildTimeCachedS"), &out)
            checkNonNegative(docker.startupTimeS, d().key("startupTimeS"), &out)
            checkNonNegative(docker.healthCheckLatencyMs, d().key("healthCheckLatencyMs"), &out)
            checkRate(docker.cacheHitRate, d().key("cacheHitRate"), &out)
            for (i, platform) in (docker.platforms ?? []).enumerated() where !isPlatform(platform) {
                out.append(
                    Diagnostic(
                        d().key("platforms").index(i), "must look like os/arch (e.g. linux/amd64), got \"\(platform)\""
                    ))
            }
            if let scan = docker.vulnerabilities {
                func v() -> JSONPath { d().key("vulnerabilities") }
                checkCount(scan.critical, v().key("critical"), &out)
                checkCount(scan.high, v().key("high"), &out)
                checkCount(scan.medium, v().key("medium"), &out)
                checkCount(scan.low, v().key("low"), &out)
                checkDay(scan.scannedAt, v().key("scannedAt"), &out)
            }
            if let registry = docker.registry {
                func r() -> JSONPath { d().key("registry") }
                if registry.name.unicodeScalars.allSatisfy(isWhitespace) {
                    out.append(Diagnostic(r().key("name"), "must not be empty"))
                }
                checkCount(registry.imagesPushed, r().key("imagesPushed"), &out)
                checkNonNegative(registry.totalSizeMB, r().key("totalSizeMB"), &out)
            }
            if let lint = docker.lint {
                func l() -> JSONPath { d().key("lint") }
                checkCount(lint.error, l().key("error"), &out)
                checkCount(lint.warning, l().key("warning"), &out)
                checkCount(lint.info, l().key("info"), &out)
                checkCount(lint.style, l().key("style"), &out)
                checkDay(lint.scannedAt, l().key("scannedAt"), &out)
            }
        }
        if !project.sources.isEmpty {
            for field in project.sources.keys.sorted() {
                checkDay(project.sources[field]!.at, path().key("sources").key(field).key("at"), &out)
            }
        }
        return out
    }

    public static func validate(_ issue: Issue, at path: @autoclosure () -> JSONPath) -> [Diagnostic] {
        var out: [Diagnostic] = []
        if issue.id < 1 {
            out.append(Diagnostic(path().key("id"), "must be 1 or more, got \(issue.id)"))
        } else {
            checkCount(issue.id, path().key("id"), &out)
        }
        if issue.category.unicodeScalars.allSatisfy(isWhitespace) {
            out.append(Diagnostic(path().key("category"), "must not be empty"))
        } else {
            checkName(issue.category, path().key("category"), &out)
        }
        let opened = ISODate.seconds(issue.openedAt)
        if opened == nil {
            out.append(
                Diagnostic(
                    path().key("openedAt"),
                    "must be an ISO 8601 date or time (e.g. 2026-11-02T10:00:00Z), got \"\(issue.openedAt)\""))
        }
        if let resolvedAt = issue.resolvedAt {
            if let resolved = ISODate.seconds(resolvedAt) {
                if let opened, resolved < opened {
                    out.append(
                        Diagnostic(
                            path().key("resolvedAt"),
                            "must not be before openedAt (\(issue.openedAt)), got \"\(resolvedAt)\""))
                }
            } else {
                out.append(
                    Diagnostic(path().key("resolvedAt"), "must be an ISO 8601 date or time, got \"\(resolvedAt)\""))
            }
        } else if issue.successful != nil {
            out.append(
                Diagnostic(path().key("successful"), "is only meaningful once the issue is resolved (set resolvedAt)"))
        }
        return out
    }

    private static func validateAssumptions(_ a: Assumptions, _ path: JSONPath, _ out: inout [Diagnostic]) {
        checkNonNegative(a.hourlyRateUSD, path.key("hourlyRateUSD"), &out)
        checkNonNegative(a.buildsPerMonth, path.key("buildsPerMonth"), &out)
        if a.horizonMonths <= 0 {
            out.append(
                Diagnostic(path.key("horizonMonths"), "must be > 0, got \(JSONWriter.format(number: a.horizonMonths))"))
        }
        checkNonNegative(a.horizonMonths, path.key("horizonMonths"), &out)
        let pairs: [(String, Assumptions.Pair)] = [
            ("timeSavings.setupHours", a.setupHours), ("timeSavings.ciBuildHoursPerMonth", a.ciBuildHoursPerMonth),
            ("timeSavings.debuggingHours", a.debuggingHours), ("costPerMonthUSD.registry", a.registryUSDPerMonth),
            ("costPerMonthUSD.ciRuntime", a.ciRuntimeUSDPerMonth), ("costPerMonthUSD.transfer", a.transferUSDPerMonth),
        ]
        for (key, pair) in pairs {
            checkNonNegative(pair.without, JSONPath(path.description + "." + key + ".without"), &out)
            checkNonNegative(pair.with, JSONPath(path.description + "." + key + ".with"), &out)
        }
        for (i, level) in a.levels.enumerated() {
            let l = path.key("levels").index(i)
            if !(1...4).contains(level.level) {
                out.append(Diagnostic(l.key("level"), "must be 1 to 4, got \(level.level)"))
            }
            checkNonNegative(level.setupHours, l.key("setupHours"), &out)
            checkNonNegative(level.maintenanceHoursPerMonth, l.key("maintenanceHoursPerMonth"), &out)
            checkNonNegative(level.benefitHours, l.key("benefitHours"), &out)
            checkNonNegative(level.benefitUSD, l.key("benefitUSD"), &out)
        }
    }

    public static func isPlatform(_ text: String) -> Bool {
        // ASCII (every platform there is): one pass over the bytes, no substrings, no Foundation.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var parts = 1
            var partLength = 0
            for byte in text.utf8 {
                if byte == UInt8(ascii: " ") { return false }
                if byte == UInt8(ascii: "/") {
                    if partLength == 0 { return false }
                    parts += 1
                    partLength = 0
                } else {
                    partLength += 1
                }
            }
            return partLength > 0 && (2...3).contains(parts)
        }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        return (2...3).contains(parts.count) && parts.allSatisfy { !$0.isEmpty && !$0.contains(" ") }
    }

    static func checkNonNegative(_ value: Double?, _ path: @autoclosure () -> JSONPath, _ out: inout [Diagnostic]) {
        guard let value else { return }
        if value < 0 {
            out.append(Diagnostic(path(), "must be >= 0, got \(JSONWriter.format(number: value))"))
        } else if !(value <= LedgerLimits.maxMeasurement) {
            out.append(
                Diagnostic(
                    path(),
                    "must be at most \(JSONWriter.format(number: LedgerLimits.maxMeasurement)), got \(JSONWriter.format(number: value))"
                ))
        }
    }

    /// A value that may be negative (a snapshot of a trend) but not beyond the bounds.
    static func checkMagnitude(_ value: Double, _ path: @autoclosure () -> JSONPath, _ out: inout [Diagnostic]) {
        guard !(abs(value) <= LedgerLimits.maxMeasurement) else { return }
        out.append(
            Diagnostic(
                path(),
                "must be between -\(JSONWriter.format(number: LedgerLimits.maxMeasurement)) and \(JSONWriter.format(number: LedgerLimits.maxMeasurement)), got \(JSONWriter.format(number: value))"
            ))
    }

    static func checkCount(_ value: Int?, _ path: @autoclosure () -> JSONPath, _ out: inout [Diagnostic]) {
        guard let value else { return }
        if value < 0 {
            out.append(Diagnostic(path(), LedgerLimits.tooSmall(String(value))))
        } else if value > LedgerLimits.maxCount {
            out.append(Diagnostic(path(), LedgerLimits.tooLarge(String(value))))
        }
    }

    /// Names, owners and categories are shown in tables, terminals and file names: bounded in
    /// characters and bytes (5000 combining marks make one character), and free of control
    /// characters, C1 controls and bidirectional overrides, which would rearrange what follows.
    static func checkName(_ text: String, _ path: @autoclosure () -> JSONPath, _ out: inout [Diagnostic]) {
        // A character is at least one byte: most names need no grapheme count.
        let bytes = text.utf8.count
        if bytes > LedgerLimits.maxNameCharacters, text.count > LedgerLimits.maxNameCharacters {
            out.append(
                Diagnostic(path(), "must be at most \(LedgerLimits.maxNameCharacters) characters, got \(text.count)"))
        } else if bytes > LedgerLimits.maxNameBytes {
            out.append(Diagnostic(path(), "must be at most \(LedgerLimits.maxNameBytes) bytes of UTF-8, got \(bytes)"))
        }
        if let bad = text.unicodeScalars.first(where: TerminalSafeText.isForbiddenInNames) {
            out.append(
                Diagnostic(
                    path(),
                    "must not contain control or text-direction characters, found U+\(String(bad.value, radix: 16, uppercase: true).leftPadded(to: 4))"
                ))
        }
    }

    static func checkRate(_ value: Double?, _ path: @autoclosure () -> JSONPath, _ out: inout [Diagnostic]) {
        guard let value, !(0...1).contains(value) else { return }
        out.append(Diagnostic(path(), "is a rate and must be between 0 and 1, got \(JSONWriter.format(number: value))"))
    }

    /// Dates are days (`YYYY-MM-DD`); `optional` lets log rows keep an empty date.
    static func checkDay(
        _ value: String?, _ path: @autoclosure () -> JSONPath, _ out: inout [Diagnostic], optional: Bool = false
    ) {
        guard let value else { return }
        if optional, value.isEmpty { return }
        if !ISODate.isDay(value) {
            out.append(Diagnostic(path(), "must be a date YYYY-MM-DD, got \"\(value)\""))
        }
    }

    /// What `trimmingCharacters(in: .whitespaces)` trims, without Foundation: Unicode's space
    /// separators (category Zs), the tab and, as Foundation has it, the zero-width space. A name
    /// must neither be made of them alone nor start or end with one.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }
}

/// The projects' names seen so far, compared as the ledger compares them (case-insensitively).
struct ProjectNameIndex {
    private var first: [String: Int]

    /// `expected`: about how many projects there will be (room made at once, not as it grows).
    init(expected: Int = 0) { first = Dictionary(minimumCapacity: expected) }

    /// Records the name of project `index`; the index of an earlier project of that name, if any.
    mutating func add(_ name: String, at index: Int) -> Int? {
        let key = name.lowercased()
        // One hash of the name when it is new (the usual case); a repeat puts the first back.
        guard let earlier = first.updateValue(index, forKey: key) else { return nil }
        first[key] = earlier
        return earlier
    }
}
