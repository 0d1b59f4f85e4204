import Foundation

/// Trend points from the ledger's own git history: the last commit of each day that touched
/// the file, its metrics computed by the engine as of that day. Each version's values are
/// cached under the repository's git folder, keyed by the blob id of the file (its content),
/// so the next run reads only new commits. Never written into the ledger.
public enum GitHistory {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// nil when the file is not in a git work tree (or has no commits).
    public static func points(for ledgerPath: String) throws(Failure) -> [TrendPoint]? {
        let git = Git(beside: ledgerPath)
        // One rev-parse for all three answers: each git process costs a few tens of milliseconds.
        guard let answers = try? git.run(["rev-parse", "--is-inside-work-tree", "--absolute-git-dir", "--show-prefix"])
        else { return nil }
        let lines = String(decoding: answers, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init)
        guard lines.count >= 2, lines[0] == "true" else { return nil }
        let name = (ledgerPath as NSString).lastPathComponent
        do {
            let prefix = lines.count > 2 ? lines[2] : ""
            let inRepo = prefix + name
            let log = try git.text(["log", "--format=%H %cI", "--", name])
            var days: [(day: String, commit: String)] = []
            for line in log.split(separator: "\n") {
                let parts = line.split(separator: " ")
                guard parts.count == 2 else { continue }
                let day = String(parts[1].prefix(10))
                if days.last?.day != day { days.append((day, String(parts[0]))) } // newest first: the day's last commit
            }
            guard !days.isEmpty else { return nil }
            let checks = try git.run(
                ["cat-file", "--batch-check"],
                input: Data(days.map { "\($0.commit):\(inRepo)\n" }.joined().utf8))
            let blobs = String(decoding: checks, as: UTF8.self).split(separator: "\n").map {
                $0.split(separator: " ").first.map(String.init)
            }
            guard blobs.count == days.count else { throw Failure(description: "git cat-file: unexpected answer") }

            let cacheFile = cachePath(gitFolder: lines[1])
            var cache = TrendCache.read(cacheFile)
            let missing = zip(days, blobs).compactMap { day, blob -> String? in
                guard let blob, blob.count >= 40, cache.values[TrendCache.key(blob, day.day)] == nil else { return nil }
                return blob
            }
            if !missing.isEmpty {
                let contents = try readBlobs(Array(Set(missing)), git)
                for (day, blob) in zip(days, blobs) {
                    guard let blob, let data = contents[blob], cache.values[TrendCache.key(blob, day.day)] == nil else {
                        continue
                    }
                    cache.values[TrendCache.key(blob, day.day)] = metrics(data, day: day.day)
                }
                cache.write(cacheFile)
            }
            return zip(days, blobs).reversed().compactMap { day, blob in
                guard let blob, let values = cache.values[TrendCache.key(blob, day.day)], !values.isEmpty else {
                    return nil
                }
                return TrendPoint(date: day.day, source: .git, metrics: values)
            }
        } catch let error as Git.Failure {
            throw Failure(description: error.description)
        } catch {
            throw error as! Failure
        }
    }

    /// A version's metric values as of the end of its day; none when it does not load (a version
    /// from before a format change is simply left out of the trend).
    static func metrics(_ data: Data, day: String) -> [String: Double] {
        guard let ledger = try? LedgerStore.decode(data, file: day), let start = ISODate.seconds(day) else {
            return [:]
        }
        var values: [String: Double] = [:]
        for metric in MetricEngine.report(ledger, asOf: start + 86_399).metrics {
            if let value = metric.value { values["\(metric.id)"] = value }
        }
        return values
    }

    private static func cachePath(gitFolder: String) -> String {
        let folder = gitFolder + "/dockledger"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder + "/trend-cache.json"
    }

    /// Reads many blobs with one `git cat-file --batch`.
    private static func readBlobs(_ ids: [String], _ git: Git) throws(Git.Failure) -> [String: Data] {
        let output = try git.run(["cat-file", "--batch"], input: Data(ids.map { $0 + "\n" }.joined().utf8))
        var out: [String: Data] = [:]
        var i = output.startIndex
        while i < output.endIndex {
            guard let newline = output[i...].firstIndex(of: 0x0A) else { break }
            let header = String(decoding: output[i..<newline], as: UTF8.self).split(separator: " ")
            guard header.count == 3, let size = Int(header[2]) else { break }
            let start = output.index(after: newline)
            let end = output.index(start, offsetBy: size)
            out[String(header[0])] = output[start..<end]
            i = output.index(after: end) // the newline after the content
        }
        return out
    }
}

/// Metric values of ledger versions already computed, by blob id and day. The file is rebuilt
/// when its version differs (the metric engine changed).
struct TrendCache {
    /// Changes when the computation may give other values: the format, the metric catalog.
    static let stamp = "1/" + MetricCatalog.all.map { "\($0.id)" }.joined(separator: ",")
    var values: [String: [String: Double]] = [:]

    static func key(_ blob: String, _ day: String) -> String { blob + " " + day }

    static func read(_ path: String) -> TrendCache {
        guard let data = FileManager.default.contents(atPath: path),
            case .object(let root)? = try? JSONParser.parse(data),
            root["version"] == .string(stamp),
            case .object(let entries)? = root["values"]
        else { return TrendCache() }
        var cache = TrendCache()
        for (key, value) in entries {
            guard case .object(let metrics) = value else { continue }
            cache.values[key] = metrics.compactMapValues { if case .number(let n) = $0 { n.value } else { nil } }
        }
        return cache
    }

    func write(_ path: String) {
        let root = JSONValue.object([
            "version": .string(TrendCache.stamp),
            "values": .object(values.mapValues { .object($0.mapValues(JSONValue.number)) }),
        ])
        _ = try? AtomicFile.write(Data(JSONWriter.compact(root).utf8), to: path, keepBackup: false)
    }
}
