import Foundation

/// The tools whose JSON output `dockledger import` reads.
public enum ScannerKind: String, CaseIterable, Sendable {
    case trivy, grype, inspect, hadolint

    public var origin: FactSource.Origin {
        switch self {
        case .trivy: .trivy
        case .grype: .grype
        case .inspect: .inspect
        case .hadolint: .hadolint
        }
    }

    /// What the file should be, for errors.
    var expected: String {
        switch self {
        case .trivy:
            "Trivy JSON (`trivy image -f json`): an object with \"Results\" or \"SchemaVersion\", or the old array of results with \"Target\""
        case .grype: "Grype JSON (`grype -o json`): an object with a \"matches\" array"
        case .inspect: "`docker image inspect` output: an array of images with \"Id\" and \"RootFS\" or \"Config\""
        case .hadolint: "hadolint JSON (`hadolint -f json`): an array of findings with \"code\" and \"level\""
        }
    }
}

/// Why a scanner's output could not be imported. The ledger is not touched.
public struct ScannerImportError: Error, Equatable, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}

/// Reads a scanner's output into facts about one project's image.
public enum ScannerOutput {
    /// `file` names the input in sources and errors (`trivy.json`, `stdin`); `today` is the
    /// scan day when the output carries none; `current` is the project as it is (inspect adds
    /// its platform to the known ones).
    public static func facts(
        _ kind: ScannerKind, data: Data, file: String, image: String?, today: String,
        current: Project?
    ) throws(ScannerImportError) -> [Fact] {
        let document: JSONValue
        do { document = try JSONParser.parse(data) } catch {
            throw ScannerImportError("\(file): not JSON (\(error.description)); expected \(kind.expected)")
        }
        let location = SourceLocation(file, line: nil)
        func wrong() -> ScannerImportError { ScannerImportError("\(file): not \(kind.expected)") }
        switch kind {
        case .trivy:
            guard let scan = trivy(document, today: today) else { throw wrong() }
            return [Fact(.vulnerabilities, .vulnerabilities(scan), at: location)]
        case .grype:
            guard let scan = grype(document, today: today) else { throw wrong() }
            return [Fact(.vulnerabilities, .vulnerabilities(scan), at: location)]
        case .hadolint:
            guard let findings = hadolint(document) else { throw wrong() }
            var counts = LintCounts(error: 0, warning: 0, info: 0, style: 0, scannedAt: today)
            for finding in findings {
                switch finding.level {
                case "error": counts.error! += 1
                case "warning": counts.warning! += 1
                case "info": counts.info! += 1
                case "style": counts.style! += 1
                default: break
                }
            }
            var facts = [Fact(.lint, .lint(counts), at: location)]
            if let rootUser = findings.first(where: { $0.code == "DL3002" }) {
                facts.append(Fact(.nonRoot, .flag(false), at: SourceLocation(file, line: rootUser.line)))
            }
            return facts
        case .inspect:
            guard case .array(let items) = document, !items.isEmpty,
                items.allSatisfy({
                    if case .object(let o) = $0 {
                        o["Id"] != nil && (o["RootFS"] != nil || o["Config"] != nil)
                    } else {
                        false
                    }
                })
            else { throw wrong() }
            let chosen: [String: JSONValue]
            if let image {
                guard let match = items.first(where: { tags(of: $0).contains { tagMatches($0, image) } }),
                    case .object(let o) = match
                else {
                    throw ScannerImportError(
                        "\(file): no image tagged \"\(image)\" (tags: \(items.flatMap(tags).joined(separator: ", ")))")
                }
                chosen = o
            } else {
                guard case .object(let o) = items[0] else { throw wrong() }
                chosen = o
            }
            return inspectFacts(chosen, location: location, current: current)
        }
    }

    // MARK: Trivy

    private static func trivy(_ document: JSONValue, today: String) -> VulnerabilityScan? {
        var results: [JSONValue]
        var createdAt: String?
        switch document {
        case .object(let o):
            guard o["Results"] != nil || o["SchemaVersion"] != nil else { return nil }
            switch o["Results"] {
            case .array(let r)?: results = r
            case nil, .null?: results = []
            default: return nil
            }
            if case .string(let s)? = o["CreatedAt"] { createdAt = s }
        case .array(let r):
            // The old form: a bare array of results.
            guard r.allSatisfy({ if case .object(let o) = $0 { o["Target"] != nil } else { false } }) else {
                return nil
            }
            results = r
        default:
            return nil
        }
        var scan = VulnerabilityScan(critical: 0, high: 0, medium: 0, low: 0, scannedAt: day(createdAt) ?? today)
        for case .object(let result) in results {
            guard case .array(let vulnerabilities)? = result["Vulnerabilities"] else { continue }
            for case .object(let v) in vulnerabilities {
                guard case .string(let severity)? = v["Severity"] else { continue }
                count(severity, in: &scan)
            }
        }
        return scan
    }

    // MARK: Grype

    private static func grype(_ document: JSONValue, today: String) -> VulnerabilityScan? {
        guard case .object(let o) = document, case .array(let matches)? = o["matches"] else { return nil }
        var timestamp: String?
        if case .object(let descriptor)? = o["descriptor"], case .string(let t)? = descriptor["timestamp"] {
            timestamp = t
        }
        var scan = VulnerabilityScan(critical: 0, high: 0, medium: 0, low: 0, scannedAt: day(timestamp) ?? today)
        for case .object(let match) in matches {
            // Only the match's own vulnerability; relatedVulnerabilities are the same finding again.
            guard case .object(let v)? = match["vulnerability"], case .string(let severity)? = v["severity"] else {
                continue
            }
            count(severity, in: &scan)
        }
        return scan
    }

    /// Critical/High/Medium/Low counted; Unknown, Negligible and anything else not.
    private static func count(_ severity: String, in scan: inout VulnerabilityScan) {
        switch severity.uppercased() {
        case "CRITICAL": scan.critical! += 1
        case "HIGH": scan.high! += 1
        case "MEDIUM": scan.medium! += 1
        case "LOW": scan.low! += 1
        default: break
        }
    }

    /// The date part of a timestamp as written (`2026-11-20T10:00:00+01:00` → `2026-11-20`).
    static func day(_ timestamp: String?) -> String? {
        guard let timestamp, timestamp.count >= 10 else { return nil }
        let date = String(timestamp.prefix(10))
        return ISODate.isDay(date) ? date : nil
    }

    // MARK: hadolint

    private struct Finding {
        let code: String
        let level: String
        let line: Int?
    }

    private static func hadolint(_ document: JSONValue) -> [Finding]? {
        guard case .array(let items) = document else { return nil }
        var findings: [Finding] = []
        for item in items {
            guard case .object(let o) = item, case .string(let code)? = o["code"], case .string(let level)? = o["level"]
            else { return nil }
            var line: Int?
            if case .number(let n)? = o["line"] { line = Int(exactly: n.value) }
            findings.append(Finding(code: code, level: level.lowercased(), line: line))
        }
        return findings
    }

    // MARK: docker inspect

    private static func tags(of item: JSONValue) -> [String] {
        guard case .object(let o) = item, case .array(let tags)? = o["RepoTags"] else { return [] }
        return tags.compactMap { if case .string(let s) = $0 { s } else { nil } }
    }

    /// `app` matches `app:latest`; otherwise tags match exactly.
    private static func tagMatches(_ tag: String, _ wanted: String) -> Bool {
        tag == wanted || (ImageReference(wanted).tag == nil && tag == wanted + ":latest")
    }

    private static func inspectFacts(_ image: [String: JSONValue], location: SourceLocation, current: Project?)
        -> [Fact]
    {
        var facts: [Fact] = []
        if case .number(let size)? = image["Size"] {
            facts.append(Fact(.imageSizeMB, .number((size.value / 1_000_000 * 10).rounded() / 10), at: location))
        }
        if case .object(let rootFS)? = image["RootFS"], case .array(let layers)? = rootFS["Layers"] {
            facts.append(Fact(.layers, .count(layers.count), at: location))
        }
        if case .object(let config)? = image["Config"] {
            var user = ""
            if case .string(let u)? = config["User"] { user = u }
            let name =
                user.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            facts.append(Fact(.nonRoot, .flag(!(name.isEmpty || name == "root" || name == "0")), at: location))
            var healthy = false
            if case .object(let check)? = config["Healthcheck"], case .array(let test)? = check["Test"], !test.isEmpty {
                healthy = test != [.string("NONE")]
            }
            facts.append(Fact(.healthcheck, .flag(healthy), at: location))
        }
        if case .string(let os)? = image["Os"], case .string(let arch)? = image["Architecture"], !os.isEmpty,
            !arch.isEmpty
        {
            var platform = "\(os)/\(arch)"
            if case .string(let variant)? = image["Variant"], !variant.isEmpty { platform += "/\(variant)" }
            if LedgerValidator.isPlatform(platform) {
                let known = current?.docker?.platforms ?? []
                facts.append(
                    Fact(.platforms, .list(known.contains(platform) ? known : known + [platform]), at: location))
            }
        }
        return facts
    }
}
