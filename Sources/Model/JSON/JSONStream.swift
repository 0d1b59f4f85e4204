/// Writes pretty JSON straight into bytes, one value at a time, in the layout `JSONWriter`
/// gives a `JSONValue` tree (two-space indents, `"key": value`, `{}` and `[]` when empty), for
/// documents too big to build as a tree first. `JSONWriter` sorts an object's keys; here the
/// caller writes them in that order (byte order for ASCII keys).
struct JSONStream {
    private(set) var bytes: [UInt8] = []
    /// Takes the bytes written so far whenever there are `chunkSize` of them, and at `flush`.
    private let sink: (([UInt8]) -> Void)?
    private static let chunkSize = 1 << 20
    /// How many containers are open: the indent is twice that.
    private var depth = 0
    /// No element yet in the innermost open container.
    private var isEmpty = true
    /// A key was just written, so the next value follows it on its line.
    private var afterKey = false

    /// A stream that hands its bytes to `sink` a chunk at a time (nil: they stay in `bytes`).
    init(sink: (([UInt8]) -> Void)? = nil) {
        self.sink = sink
        bytes.reserveCapacity(sink == nil ? 4096 : Self.chunkSize + 4096)
    }

    /// Hands what is written so far to the sink.
    mutating func flush() {
        guard let sink, !bytes.isEmpty else { return }
        sink(bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    /// The line end after the whole document, as `JSONWriter` ends one.
    mutating func newlineAtEnd() { bytes.append(0x0A) }

    mutating func openObject() {
        beginValue()
        bytes.append(UInt8(ascii: "{"))
        open()
    }

    mutating func closeObject() { close(UInt8(ascii: "}")) }

    mutating func openArray() {
        beginValue()
        bytes.append(UInt8(ascii: "["))
        open()
    }

    mutating func closeArray() { close(UInt8(ascii: "]")) }

    /// An object's key: plain ASCII with nothing to escape (the report's own names).
    mutating func key(_ name: StaticString) {
        name.withUTF8Buffer { beginKey($0) }
    }

    /// A key already written as a JSON string, quotes and escapes included.
    mutating func key(quoted name: [UInt8]) {
        separate()
        bytes.append(contentsOf: name)
        bytes.append(UInt8(ascii: ":"))
        bytes.append(0x20)
        afterKey = true
    }

    /// Any key, escaped as JSON needs. (Not `key(_:)`: a literal would pick this over the
    /// `StaticString` one.)
    mutating func key(escaping name: String) {
        separate()
        JSONWriter.writeString(name, into: &bytes)
        bytes.append(UInt8(ascii: ":"))
        bytes.append(0x20)
        afterKey = true
    }

    mutating func null() {
        beginValue()
        append("null")
    }

    mutating func bool(_ value: Bool) {
        beginValue()
        append(value ? "true" : "false")
    }

    mutating func string(_ value: String) {
        beginValue()
        Self.writeString(value, into: &bytes)
    }

    mutating func string(_ value: String?) {
        guard let value else { return null() }
        string(value)
    }

    /// A computed number as `JSONWriter` writes it: whole numbers below 1e15 without a point,
    /// others in their shortest form, null when unknown or not finite (JSON has no NaN).
    mutating func number(_ value: Double?) {
        beginValue()
        guard let value, value.isFinite else { return append("null") }
        if value == value.rounded(), abs(value) < 1e15 {
            appendDigits(Int64(value))
        } else {
            bytes.append(contentsOf: value.description.utf8)
        }
    }

    /// A whole number, written as the same number as a Double would be.
    mutating func int(_ value: Int?) {
        guard let value else { return number(nil) }
        guard value.magnitude < 1_000_000_000_000_000 else { return number(Double(value)) }
        beginValue()
        appendDigits(Int64(value))
    }

    /// A value already built as a tree (a small one, such as the ledger's meta object).
    mutating func value(_ value: JSONValue) {
        beginValue()
        JSONWriter.write(value, indent: depth * 2, into: &bytes)
    }

    // MARK: - Layout

    private mutating func open() {
        depth += 1
        isEmpty = true
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if !isEmpty { newline() }
        bytes.append(bracket)
        isEmpty = false
        if bytes.count >= Self.chunkSize { flush() }
    }

    /// Before a value: after a key it follows on the line; in an array it starts a line of its own.
    private mutating func beginValue() {
        if afterKey {
            afterKey = false
        } else if depth > 0 {
            separate()
        }
    }

    private mutating func beginKey(_ name: UnsafeBufferPointer<UInt8>) {
        separate()
        bytes.append(0x22)
        bytes.append(contentsOf: name)
        bytes.append(contentsOf: [0x22, UInt8(ascii: ":"), 0x20])
        afterKey = true
    }

    /// A comma after the previous element, then a new line at the current indent.
    private mutating func separate() {
        if !isEmpty { bytes.append(UInt8(ascii: ",")) }
        isEmpty = false
        newline()
    }

    private mutating func newline() {
        bytes.append(0x0A)
        let indent = depth * 2
        if indent <= Self.spaces.count {
            bytes.append(contentsOf: Self.spaces[..<indent])
        } else {
            bytes.append(contentsOf: repeatElement(0x20, count: indent))
        }
    }

    private static let spaces = [UInt8](repeating: 0x20, count: 64)

    private mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    private mutating func appendDigits(_ value: Int64) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var rest = value.magnitude
        let start = bytes.count
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
        } while rest > 0
        bytes[start...].reverse()
    }

    /// A string in quotes: copied whole when no byte needs escaping, else as `JSONWriter` escapes it.
    static func writeString(_ s: String, into out: inout [UInt8]) {
        var plain = true
        for b in s.utf8 where b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F || b == 0xC2 {
            plain = false
            break
        }
        guard plain else { return JSONWriter.writeString(s, into: &out) }
        out.append(0x22)
        out.append(contentsOf: s.utf8)
        out.append(0x22)
    }
}
