/// Writes pretty JSON straight into bytes, one value at a time, in the layout `JSONWriter`
/// gives a `JSONValue` tree (two-space indents, `"key": value`, `{}` and `[]` when empty), for
/// documents too big to build as a tree first. `JSONWriter` sorts an object's keys; here the
/// caller writes them in that order (byte order for ASCII keys).
///
/// The bytes go into a buffer of its own (a megabyte), handed to the sink each time it fills
/// and at `finish`: a report of hundreds of megabytes is never held whole, and a write is a
/// copy into the buffer, not an array append. Not copyable: it owns that buffer.
struct JSONStream: ~Copyable {
    private let sink: (UnsafeRawBufferPointer) -> Void
    private let buffer: UnsafeMutablePointer<UInt8>
    private let capacity: Int
    private var count = 0
    /// How many containers are open: the indent is twice that.
    private var depth = 0
    /// No element yet in the innermost open container.
    private var isEmpty = true
    /// A key was just written, so the next value follows it on its line.
    private var afterKey = false

    /// `capacity`: the size of the pieces the sink gets (the last may be shorter).
    init(capacity: Int = 1 << 20, sink: @escaping (UnsafeRawBufferPointer) -> Void) {
        self.sink = sink
        self.capacity = max(capacity, 1)
        buffer = .allocate(capacity: self.capacity)
    }

    deinit { buffer.deallocate() }

    /// Ends the document with its line break, as `JSONWriter` ends one, and hands the rest to the sink.
    mutating func finish() {
        append(0x0A)
        flush()
    }

    mutating func openObject() {
        beginValue()
        append(UInt8(ascii: "{"))
        open()
    }

    mutating func closeObject() { close(UInt8(ascii: "}")) }

    mutating func openArray() {
        beginValue()
        append(UInt8(ascii: "["))
        open()
    }

    mutating func closeArray() { close(UInt8(ascii: "]")) }

    /// An object's key: plain ASCII with nothing to escape (the report's own names).
    mutating func key(_ name: StaticString) {
        separate()
        append(0x22)
        name.withUTF8Buffer { append($0) }
        append(Self.quoteColonSpace)
        afterKey = true
    }

    /// A key already written as a JSON string, quotes and escapes included.
    mutating func key(quoted name: [UInt8]) {
        separate()
        name.withUnsafeBufferPointer { append($0) }
        append(Self.colonSpace)
        afterKey = true
    }

    /// Any key, escaped as JSON needs. (Not `key(_:)`: a literal would pick this over the
    /// `StaticString` one.)
    mutating func key(escaping name: String) {
        separate()
        writeString(name)
        append(Self.colonSpace)
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
        writeString(value)
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
            appendText(value.description)
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
        var bytes: [UInt8] = []
        JSONWriter.write(value, indent: depth * 2, into: &bytes)
        bytes.withUnsafeBufferPointer { append($0) }
    }

    // MARK: - Layout

    private mutating func open() {
        depth += 1
        isEmpty = true
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if !isEmpty { lineBreak(comma: false) }
        append(bracket)
        isEmpty = false
    }

    /// Before a value: after a key it follows on the line; in an array it starts a line of its own.
    private mutating func beginValue() {
        if afterKey {
            afterKey = false
        } else if depth > 0 {
            separate()
        }
    }

    /// A comma after the previous element, then a new line at the current indent.
    private mutating func separate() {
        lineBreak(comma: !isEmpty)
        isEmpty = false
    }

    private mutating func lineBreak(comma: Bool) {
        let indent = depth * 2
        guard indent <= Self.breakAndSpaces.count - 2 else {
            if comma { append(UInt8(ascii: ",")) }
            append(0x0A)
            for _ in 0..<indent { append(0x20) }
            return
        }
        Self.breakAndSpaces.withUnsafeBufferPointer {
            append(UnsafeBufferPointer(rebasing: $0[(comma ? 0 : 1)..<(2 + indent)]))
        }
    }

    /// ",\n" and the spaces of any indent up to 62 levels: a line break is one copy.
    private static let breakAndSpaces: [UInt8] = [UInt8(ascii: ","), 0x0A] + Array(repeating: 0x20, count: 124)
    private static let colonSpace: [UInt8] = [UInt8(ascii: ":"), 0x20]
    private static let quoteColonSpace: [UInt8] = [0x22, UInt8(ascii: ":"), 0x20]

    // MARK: - Bytes

    /// A string in quotes: copied whole when no byte needs escaping, else as `JSONWriter` escapes it.
    private mutating func writeString(_ s: String) {
        let copied: Bool? = s.utf8.withContiguousStorageIfAvailable { utf8 in
            for b in utf8 where b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F || b == 0xC2 { return false }
            append(0x22)
            append(utf8)
            append(0x22)
            return true
        }
        guard copied != true else { return }
        var escaped: [UInt8] = []
        JSONWriter.writeString(s, into: &escaped)
        escaped.withUnsafeBufferPointer { append($0) }
    }

    private mutating func appendText(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    private mutating func appendDigits(_ value: Int64) {
        if value < 0 { append(UInt8(ascii: "-")) }
        var rest = value.magnitude
        var length = 1
        while rest >= 10 {
            rest /= 10
            length += 1
        }
        reserve(length)
        rest = value.magnitude
        for position in stride(from: count + length - 1, through: count, by: -1) {
            buffer[position] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
        }
        count += length
    }

    private mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { append($0) }
    }

    private mutating func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    private mutating func append(_ byte: UInt8) {
        reserve(1)
        buffer[count] = byte
        count += 1
    }

    private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        if bytes.count > capacity {
            flush()
            sink(UnsafeRawBufferPointer(bytes))
            return
        }
        reserve(bytes.count)
        (buffer + count).update(from: base, count: bytes.count)
        count += bytes.count
    }

    /// Room for `n` more bytes (at most `capacity`), handing the buffer to the sink when full.
    private mutating func reserve(_ n: Int) {
        if count + n > capacity { flush() }
    }

    private mutating func flush() {
        guard count > 0 else { return }
        sink(UnsafeRawBufferPointer(start: buffer, count: count))
        count = 0
    }
}
