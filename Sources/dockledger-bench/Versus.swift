import BenchSupport
import Foundation
import Model

/// `dockledger-bench --versus [COUNT ...] [--rounds N]`: the release `dockledger` binary side by
/// side with what a user would reach for instead (Python's `json.load` + one aggregate, and `jq`
/// when installed) on the same generated ledgers, in one interleaved run: each round runs every
/// command once, in a shuffled order, after a discarded warm-up round; ratios are taken per round,
/// then their median. The dashboard's interactive figures come from `--dashboard-probe`, run as
/// one more command of each round.
struct VersusBench {
    let counts: [Int]
    let rounds: Int
    let folder: URL
    let dockledger: String
    let bench: String

    /// The aggregate every comparator computes, the same as `coverage.multiStage`: active projects
    /// (not archived) with Docker whose `multiStage` is known, and how many of them are true.
    static let pythonAggregate = """
        import json, sys
        d = json.load(open(sys.argv[1]))
        yes = known = 0
        for p in d["projects"]:
            if p.get("status") == "archived": continue
            m = (p.get("docker") or {}).get("multiStage")
            if m is None: continue
            known += 1
            yes += m is True
        print(yes, known)
        """
    static let jqAggregate =
        #"[.projects[] | select(.status != "archived") | .docker.multiStage | select(. != null)]"#
        + #" | "\(map(select(.)) | length) \(length)""#

    /// What a row of the run measures; `name` is only its label in the output.
    private enum Measured: Hashable {
        case validate, reportJSON, projectSet, python, jq, probe
        /// Taken from the probe's samples: its launch to its first frame.
        case firstFrame

        var name: String {
            switch self {
            case .validate: "dockledger validate"
            case .reportJSON: "dockledger report --format json"
            case .projectSet: "dockledger project set (1 field)"
            case .python: "python3 json.load + aggregate"
            case .jq: "jq aggregate"
            case .probe: "dashboard probe"
            case .firstFrame: "dashboard first frame"
            }
        }

        /// The comparators: programs that compute the aggregate dockledger's figure is checked against.
        var isAggregate: Bool {
            switch self {
            case .python, .jq: true
            case .validate, .reportJSON, .projectSet, .probe, .firstFrame: false
            }
        }
    }

    private struct Command {
        let what: Measured
        var name: String { what.name }
        let executable: String
        let arguments: [String]
        /// Run before each timing, untimed (a fresh copy of the file to edit).
        var prepare: () throws -> Void = {}
    }

    func run() throws {
        let jq = Self.findInPath("jq")
        say("dockledger-bench --versus: \(rounds) interleaved rounds after a warm-up, order shuffled per round")
        say("  dockledger: \(dockledger)")
        if let stale = Self.newerSource(than: dockledger, bench: bench) {
            say("  WARNING: \(stale) is newer than the dockledger binary: run `swift build -c release` first")
        }
        say("  python3: \(Self.version("python3", ["--version"]))")
        say("  jq: " + (jq.map { Self.version($0, ["--version"]) } ?? "not installed, its column is skipped"))
        say("  machine: \(ProcessInfo.processInfo.activeProcessorCount) cores, load average \(Self.loadAverage())")
        for count in counts {
            try measure(count, jq: jq)
        }
        say("\nload average at the end: \(Self.loadAverage())")
        let own = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)).flatMap(MemoryStatus.init)
        say(
            "max RSS of a command is at least this process's peak, \(own.map { $0.peakKiB / 1024 } ?? 0) MB"
                + " (Linux starts a spawned child's ru_maxrss at its parent's)")
    }

    private func measure(_ count: Int, jq: String?) throws {
        // Generated in a child process: a child's peak memory (wait4's ru_maxrss) starts at the
        // spawning process's, so this one must never hold a big ledger itself.
        let path = folder.appendingPathComponent("ledger-\(count).json").path
        let generated = folder.appendingPathComponent("generated.txt").path
        _ = try runChild(bench, ["--generate", String(count), path], stdout: generated, stderr: generated)
        let summary = try String(contentsOfFile: generated, encoding: .utf8).split(whereSeparator: \.isWhitespace)
            .map(String.init)
        guard summary.count == 3, let issues = Int(summary[0]) else {
            throw ChildFailure(description: "--generate printed \(summary)")
        }
        let expectedText = summary[1] + " " + summary[2]
        let bytes = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        let copy = folder.appendingPathComponent("edited-\(count).json").path
        let editedProject = syntheticProjectName(count / 2)
        var commands = [
            Command(what: .validate, executable: dockledger, arguments: ["validate", path]),
            Command(what: .reportJSON, executable: dockledger, arguments: ["report", path, "--format", "json"]),
            Command(
                what: .projectSet, executable: dockledger,
                arguments: ["project", "set", editedProject, "--image-size-mb", "100", "--ledger", copy],
                prepare: { try Self.freshCopy(of: path, at: copy) }),
            Command(what: .python, executable: "python3", arguments: ["-c", Self.pythonAggregate, path]),
            Command(what: .probe, executable: bench, arguments: ["--dashboard-probe", copy + ".probe"]),
        ]
        commands[4].prepare = { try Self.freshCopy(of: path, at: copy + ".probe") }
        if let jq {
            commands.append(Command(what: .jq, executable: jq, arguments: ["-r", Self.jqAggregate, path]))
        }
        say(
            "\n\(count) projects, \(issues) issues, \(megabytes(bytes)) MB"
                + " (coverage.multiStage \(expectedText.replacingOccurrences(of: " ", with: "/")))")

        var costs: [Measured: [ChildCost]] = [:]
        var probes: [DashboardSamples] = []
        for round in 0...rounds {
            for command in commands.shuffled() {
                try command.prepare()
                let out = folder.appendingPathComponent("out.txt").path
                let err = folder.appendingPathComponent("err.txt").path
                var arguments = command.arguments
                if command.what == .projectSet {
                    arguments[4] = "\(100 + round)" // a new value each round: the file really changes
                }
                let cost = try runChild(command.executable, arguments, stdout: out, stderr: err)
                let isAggregate = command.what.isAggregate
                let printed =
                    isAggregate || command.what == .probe
                    ? (try? String(contentsOfFile: out, encoding: .utf8)) ?? "" : ""
                if isAggregate {
                    guard printed.trimmingCharacters(in: .whitespacesAndNewlines) == expectedText else {
                        throw ChildFailure(
                            description: "\(command.name) printed \(printed), dockledger \(expectedText)")
                    }
                }
                if command.what == .probe {
                    let samples = try DashboardSamples(parsing: printed)
                    if round > 0 { probes.append(samples) }
                    if round > 0 { costs[.firstFrame, default: []].append(firstFrame(samples, cost)) }
                    continue
                }
                if round > 0 { costs[command.what, default: []].append(cost) }
            }
        }
        report(count: count, bytes: bytes, commands: commands.map(\.what), costs: costs, probes: probes)
    }

    private func firstFrame(_ samples: DashboardSamples, _ probe: ChildCost) -> ChildCost {
        ChildCost(
            spawnedAt: probe.spawnedAt, wallSeconds: Double(samples.firstFrameAt - probe.spawnedAt) / 1e9,
            cpuSeconds: samples.firstFrameCPU, maxResidentKiB: samples.open.peakKiB)
    }

    private func report(
        count: Int, bytes: Int, commands: [Measured], costs: [Measured: [ChildCost]], probes: [DashboardSamples]
    ) {
        let rows = commands.filter { $0 != .probe } + [.firstFrame]
        say(row("command", "wall min / median / max", "CPU min / median / max", "max RSS"))
        for measured in rows {
            guard let runs = costs[measured] else { continue }
            let wall = Spread(runs.map(\.wallSeconds))
            let cpu = Spread(runs.map(\.cpuSeconds).filter { !$0.isNaN })
            let rss = Spread(runs.map { Double($0.maxResidentKiB) })
            say(
                row(
                    measured.name, wall.map { secondsText($0) } ?? "-", cpu.map { secondsText($0) } ?? "-",
                    rss.map { megabytes(Int($0.median * 1024)) + " MB" } ?? "-"))
        }

        say("\n  ratios, dockledger ÷ other, per round then median [min–max]:")
        say(row("", "wall", "CPU", ""))
        var figures: [Figure: Double] = [:]
        let others = [Measured.python, .jq].filter { costs[$0] != nil }
        for other in others {
            let base = costs[other] ?? []
            for (measured, figure) in [
                (Measured.validate, Figure.validateOverPython),
                (.reportJSON, .reportJSONOverPython),
                (.projectSet, .projectSetOverPython),
                (.firstFrame, .firstFrameOverPython),
            ] {
                let runs = costs[measured] ?? []
                let wall = Spread.ofRatios(runs.map(\.wallSeconds), over: base.map(\.wallSeconds))
                let cpu = Spread.ofRatios(runs.map(\.cpuSeconds), over: base.map(\.cpuSeconds))
                say(
                    row(
                        "\(measured.name) ÷ \(other.name.split(separator: " ")[0])", wall.map(ratio) ?? "-",
                        cpu.map(ratio) ?? "-", ""
                    ))
                if other == .python {
                    figures[figure] = cpu?.median
                }
            }
        }

        let filter = probes.flatMap(\.filterKeys)
        let filterCPU = probes.flatMap(\.filterKeysCPU)
        let toScreen = probes.flatMap(\.editToScreen)
        let toScreenCPU = probes.flatMap(\.editToScreenCPU)
        let toDisk = probes.flatMap(\.editToDisk)
        let toDiskCPU = probes.flatMap(\.editToDiskCPU)
        let fileMiB = Double(bytes) / 1_048_576
        let open = Spread(probes.map { Double($0.open.residentKiB) / 1024 })
        let openPeak = Spread(probes.map { Double($0.open.peakKiB) / 1024 })
        let edited = Spread(probes.map { Double($0.edited.residentKiB) / 1024 })
        let editedPeak = Spread(probes.map { Double($0.edited.peakKiB) / 1024 })
        let edits = probes.first?.editToDisk.count ?? 0
        say("\n  dashboard (in-process: load, AppState, render on a CellScreen, update per key; the save")
        say("  through LedgerSession.save on a worker thread, as the run loop's saver does; CPU: the")
        say("  whole process's, the save thread's included):")
        say(row("", "wall", "CPU", ""))
        say(row("  load → first frame (in-process)", millisecondsText(Spread(probes.map(\.loadToFrame))), "", ""))
        say(row("  filter keystroke + frame (n=\(filter.count))", percentiles(filter), percentiles(filterCPU), ""))
        say(
            row(
                "  edit Enter → screen (n=\(toScreen.count))", millisecondsText(Spread(toScreen)),
                millisecondsText(Spread(toScreenCPU)), ""))
        say(
            row(
                "  edit Enter → on disk (n=\(toDisk.count))", millisecondsText(Spread(toDisk)),
                millisecondsText(Spread(toDiskCPU)), ""))
        say(
            row(
                "  RSS open (VmRSS, VmHWM)", "\(mib(open)) MB, peak \(mib(openPeak)) MB",
                "\(times(open, fileMiB)) file", ""))
        say(
            row(
                "  RSS after \(edits) edits", "\(mib(edited)) MB, peak \(mib(editedPeak)) MB",
                "\(times(edited, fileMiB)) file", ""))

        // Judged on CPU time, like the ratios: on a shared machine the wall time measures the others' load.
        figures[.firstFrameSeconds] = Spread((costs[.firstFrame] ?? []).map(\.cpuSeconds))?.median
        figures[.filterKeyP99] = percentile(filterCPU, 99)
        figures[.editToScreen] = Spread(toScreenCPU)?.median
        figures[.editToDisk] = Spread(toDiskCPU)?.median
        figures[.residentOpen] = open.map { $0.median / fileMiB }
        figures[.residentAfterEdits] = edited.map { $0.median / fileMiB }
        let targets = Target.at(count)
        guard !targets.isEmpty else {
            say("\n  (the targets are set at 10,000 and 100,000 projects)")
            return
        }
        say("\n  targets at \(count) projects (judged on CPU time; the wall figures are above):")
        for target in targets {
            guard let value = figures[target.figure] else { continue }
            say(
                row(
                    "  " + target.figure.label, "≤ " + target.figure.format(target.limit),
                    target.figure.format(value), target.isMet(by: value) ? "met" : "NOT MET"))
        }
    }

    // MARK: - Helpers

    private static func freshCopy(of path: String, at copy: String) throws {
        for leftover in [copy, copy + ".lock", copy + ".bak"] { try? FileManager.default.removeItem(atPath: leftover) }
        try FileManager.default.copyItem(atPath: path, toPath: copy)
    }

    static func findInPath(_ name: String) -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        return folders.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    private static func version(_ executable: String, _ arguments: [String]) -> String {
        let out = NSTemporaryDirectory() + "dockledger-bench-version-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: out) }
        guard (try? runChild(executable, arguments, stdout: out, stderr: out)) != nil,
            let text = try? String(contentsOfFile: out, encoding: .utf8)
        else { return "not found" }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func loadAverage() -> String {
        let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? ""
        return text.split(separator: " ").prefix(3).joined(separator: " ")
    }

    /// A source file newer than the binary, when the binary sits in a package's `.build`: the
    /// figures would be those of an older build.
    static func newerSource(than binary: String, bench: String) -> String? {
        let fm = FileManager.default
        guard let built = (try? fm.attributesOfItem(atPath: binary))?[.modificationDate] as? Date,
            let range = bench.range(of: "/.build/")
        else { return nil }
        let sources = String(bench[..<range.lowerBound]) + "/Sources"
        for folder in ["Model", "TUI", "dockledger"] {
            let root = sources + "/" + folder
            guard let files = fm.enumerator(atPath: root) else { continue }
            while let file = files.nextObject() as? String {
                if file.hasSuffix(".swift"),
                    let changed = (try? fm.attributesOfItem(atPath: root + "/" + file))?[.modificationDate] as? Date,
                    changed > built
                {
                    return "Sources/\(folder)/\(file)"
                }
            }
        }
        return nil
    }
}

private func row(_ a: String, _ b: String, _ c: String, _ d: String) -> String {
    "  " + a.padding(toLength: 44, withPad: " ", startingAt: 0) + b.padding(toLength: 40, withPad: " ", startingAt: 0)
        + c.padding(toLength: 26, withPad: " ", startingAt: 0) + d
}

private func secondsText(_ s: Spread) -> String {
    "\(fixedPoint(s.min, decimals: 3)) / \(fixedPoint(s.median, decimals: 3)) / \(fixedPoint(s.max, decimals: 3)) s"
}

private func millisecondsText(_ s: Spread?) -> String {
    guard let s else { return "-" }
    return
        "\(fixedPoint(s.min, decimals: 1)) / \(fixedPoint(s.median, decimals: 1)) / \(fixedPoint(s.max, decimals: 1)) ms"
}

private func ratio(_ s: Spread) -> String {
    "\(fixedPoint(s.median, decimals: 2))× [\(fixedPoint(s.min, decimals: 2))–\(fixedPoint(s.max, decimals: 2))]"
}

private func megabytes(_ bytes: Int) -> String { fixedPoint(Double(bytes) / 1_048_576, decimals: 1) }

private func mib(_ s: Spread?) -> String { s.map { fixedPoint($0.median, decimals: 0) } ?? "-" }

private func times(_ s: Spread?, _ fileMiB: Double) -> String {
    s.map { fixedPoint($0.median / fileMiB, decimals: 2) + "×" } ?? "-"
}

/// Prints a line at once, also when stdout is a file: a long run shows its progress.
private func say(_ line: String) {
    print(line)
    fflush(nil)
}

private func percentiles(_ samples: [Double]) -> String {
    let p50 = fixedPoint(percentile(samples, 50) ?? .nan, decimals: 1)
    let p99 = fixedPoint(percentile(samples, 99) ?? .nan, decimals: 1)
    return "p50 \(p50) / p99 \(p99) ms"
}
