/// A process's memory as Linux reports it in `/proc/<pid>/status`: the resident set now
/// (`VmRSS`) and its peak so far (`VmHWM`), in KiB.
public struct MemoryStatus: Equatable, Sendable {
    public let residentKiB: Int
    public let peakKiB: Int

    public init(residentKiB: Int, peakKiB: Int) {
        self.residentKiB = residentKiB
        self.peakKiB = peakKiB
    }

    /// Reads the `VmRSS:` and `VmHWM:` lines ("VmRSS:\t  123456 kB"); nil when either is missing.
    public init?(procStatus text: String) {
        var fields: [Substring: Int] = [:]
        for line in text.split(separator: "\n") {
            let parts = line.split(whereSeparator: { $0 == ":" || $0 == " " || $0 == "\t" })
            guard parts.count >= 2, parts[0] == "VmRSS" || parts[0] == "VmHWM", let kib = Int(parts[1]) else {
                continue
            }
            fields[parts[0]] = kib
        }
        guard let resident = fields["VmRSS"], let peak = fields["VmHWM"] else { return nil }
        self.init(residentKiB: resident, peakKiB: peak)
    }
}
