/// A figure the side-by-side benchmark reports and the performance goal holds it to.
public enum Figure: CaseIterable, Sendable {
    /// `dockledger validate` CPU time ÷ Python's `json.load` + aggregate, median of per-round ratios.
    case validateOverPython
    /// `dockledger report --format json` CPU time ÷ Python's, likewise.
    case reportJSONOverPython
    /// `dockledger project set` (one field) CPU time ÷ Python's, likewise.
    case projectSetOverPython
    /// Dashboard launch → first Coverage frame, CPU ÷ Python's CPU, likewise.
    case firstFrameOverPython
    /// Dashboard launch → first Coverage frame, median CPU seconds. (Like the three below, judged on
    /// the probe's CPU time: on a shared machine its wall time mostly measures the others' load.)
    case firstFrameSeconds
    /// A keystroke in the Inventory filter (typing and Backspace) through the frame, p99 CPU ms.
    case filterKeyP99
    /// Enter in an edit form → the frame showing the edit, median CPU ms.
    case editToScreen
    /// Enter in an edit form → the ledger replaced on disk, median CPU ms (the save thread's included).
    case editToDisk
    /// Resident memory once the first frame is drawn, as a multiple of the file size.
    case residentOpen
    /// Resident memory after the edits were saved, as a multiple of the file size.
    case residentAfterEdits

    public var label: String {
        switch self {
        case .validateOverPython: "validate CPU ÷ python json"
        case .reportJSONOverPython: "report json CPU ÷ python json"
        case .projectSetOverPython: "project set CPU ÷ python json"
        case .firstFrameOverPython: "first frame CPU ÷ python json"
        case .firstFrameSeconds: "first frame"
        case .filterKeyP99: "filter keystroke p99"
        case .editToScreen: "edit Enter → screen"
        case .editToDisk: "edit Enter → on disk"
        case .residentOpen: "RSS open ÷ file size"
        case .residentAfterEdits: "RSS after edits ÷ file size"
        }
    }

    /// How a value of this figure reads: a ratio, seconds or milliseconds.
    public func format(_ value: Double) -> String {
        switch self {
        case .validateOverPython, .reportJSONOverPython, .projectSetOverPython, .firstFrameOverPython, .residentOpen,
            .residentAfterEdits:
            fixedPoint(value, decimals: 2) + "×"
        case .firstFrameSeconds: fixedPoint(value, decimals: 2) + " s"
        case .filterKeyP99, .editToScreen, .editToDisk: fixedPoint(value, decimals: 1) + " ms"
        }
    }
}

/// An upper bound on a figure at one ledger size: met when the measured value is at most `limit`.
public struct Target: Equatable, Sendable {
    public let figure: Figure
    public let projects: Int
    public let limit: Double

    public init(_ figure: Figure, at projects: Int, atMost limit: Double) {
        self.figure = figure
        self.projects = projects
        self.limit = limit
    }

    public func isMet(by value: Double) -> Bool { value <= limit }

    /// The goals, on the 2-core development machine, ratios taken in one run.
    public static let all: [Target] = [
        Target(.validateOverPython, at: 100_000, atMost: 1.0),
        Target(.reportJSONOverPython, at: 100_000, atMost: 1.5),
        Target(.projectSetOverPython, at: 100_000, atMost: 1.5),
        Target(.firstFrameOverPython, at: 100_000, atMost: 0.7),
        Target(.filterKeyP99, at: 100_000, atMost: 30),
        Target(.editToScreen, at: 100_000, atMost: 30),
        Target(.editToDisk, at: 100_000, atMost: 250),
        Target(.residentOpen, at: 100_000, atMost: 2.5),
        Target(.residentAfterEdits, at: 100_000, atMost: 3.0),
        Target(.firstFrameSeconds, at: 10_000, atMost: 0.1),
        Target(.editToDisk, at: 10_000, atMost: 50),
    ]

    /// The targets that apply to a ledger of this many projects.
    public static func at(_ projects: Int) -> [Target] { all.filter { $0.projects == projects } }
}

/// `value` with `decimals` digits after the point ("1.50", "-0.25").
public func fixedPoint(_ value: Double, decimals: Int) -> String {
    guard value.isFinite else { return value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf") }
    var scale = 1
    for _ in 0..<decimals { scale *= 10 }
    let scaled = Int((abs(value) * Double(scale)).rounded())
    let whole = String(scaled / scale)
    let fraction = String(scaled % scale)
    let sign = value < 0 && scaled != 0 ? "-" : ""
    guard decimals > 0 else { return sign + whole }
    return sign + whole + "." + String(repeating: "0", count: decimals - fraction.count) + fraction
}
