import Foundation

/// Writes JSON pretty-printed with sorted keys and two-space indents, so a ledger kept in git
/// diffs cleanly and an unchanged ledger saves to the same bytes.
public enum JSONWriter {
    public static func data(_ value: JSONValue) -> Data {
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        write(value, indent: 0, into: &out)
        out.append(0x0A)
        return Data(out)
    }

    public static func string(_ value: JSONValue) -> String {
        String(decoding: data(value), as: UTF8.self)
    }

    /// One line, no spaces; for JSON inside CSV cells and tests.
    public static func compact(_ value: JSONValue) -> String {
        var out: [UInt8] = []
        writeCompact(value, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Shortest text that reads back as the same Double; integral values without ".0".
    public static func format(number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 {
            return String(Int64(number))
        }
        return "\(number)"
    }

    /// Writes `value` as it appears at `indent` inside a document (the store writes a ledger's
    /// records one at a time, each at the indent the whole document would give it).
    static func write(_ value: JSONValue, indent: Int, into out: inout [UInt8]) {
        switch value {
        case .object(let object):
            if object.isEmpty {
                out.append(contentsOf: Array("{}".utf8))
                return
            }
            out.append(UInt8(ascii: "{"))
            var first = true
            for key in object.keys.sorted() {
                if !first { out.append(UInt8(ascii: ",")) }
                first = false
                out.append(0x0A)
                pad(indent + 2, &out)
                writeString(key, into: &out)
                out.append(contentsOf: [UInt8(ascii: ":"), 0x20])
                write(object[key]!, indent: indent + 2, into: &out)
            }
            out.append(0x0A)
            pad(indent, &out)
            out.append(UInt8(ascii: "}"))
        case .array(let array):
            if array.isEmpty {
                out.append(contentsOf: Array("[]".utf8))
                return
            }
            out.append(UInt8(ascii: "["))
            for (i, element) in array.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                out.append(0x0A)
                pad(indent + 2, &out)
                write(element, indent: indent + 2, into: &out)
            }
            out.append(0x0A)
            pad(indent, &out)
            out.append(UInt8(ascii: "]"))
        default:
            writeCompact(value, into: &out)
        }
    }

    private static func writeCompact(_ value: JSONValue, into out: inout [UInt8]) {
        switch value {
        case .null: out.append(contentsOf: Array("null".utf8))
        case .bool(let b): out.append(contentsOf: Array((b ? "true" : "false").utf8))
        // The text it was read as (or its shortest form); JSON has no NaN or infinity, so a
        // computed non-finite value is written as null rather than as invalid JSON.
        case .number(let n): out.append(contentsOf: Array((n.value.isFinite ? n.text : "null").utf8))
        case .string(let s): writeString(s, into: &out)
        case .array(let array):
            out.append(UInt8(ascii: "["))
            for (i, element) in array.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                writeCompact(element, into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let object):
            out.append(UInt8(ascii: "{"))
            for (i, key) in object.keys.sorted().enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                writeString(key, into: &out)
                out.append(UInt8(ascii: ":"))
                writeCompact(object[key]!, into: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    private static func pad(_ n: Int, _ out: inout [UInt8]) {
        out.append(contentsOf: repeatElement(0x20, count: n))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    static func writeString(_ s: String, into out: inout [UInt8]) {
        out.append(0x22)
        var afterC2 = false
        for b in s.utf8 {
            // C1 controls (U+0080-U+009F, UTF-8 C2 80-C2 9F) are escaped like C0: a JSON file
            // printed to a terminal never carries a raw control character.
            if afterC2 {
                afterC2 = false
                if b < 0xA0 {
                    out.removeLast()
                    out.append(contentsOf: Array("\\u00".utf8))
                    out.append(hexDigits[Int(b >> 4)])
                    out.append(hexDigits[Int(b & 0x0F)])
                    continue
                }
            }
            if b == 0xC2 { afterC2 = true }
            switch b {
            case 0x22: out.append(contentsOf: [0x5C, 0x22])
            case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0x00..<0x20, 0x7F:
                out.append(contentsOf: Array("\\u00".utf8))
                out.append(hexDigits[Int(b >> 4)])
                out.append(hexDigits[Int(b & 0x0F)])
            default: out.append(b)
            }
        }
        out.append(0x22)
    }
}
