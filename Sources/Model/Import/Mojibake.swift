/// Repairs text that was UTF-8, read as Windows-1252 and written again as UTF-8 ("ðŸ”´" for
/// 🔴, "â‰¤" for ≤): each run of characters that Windows-1252 maps to bytes 0x80-0xFF is turned
/// back into those bytes, and every complete UTF-8 sequence among them is decoded. Bytes that
/// do not form one (a real "é", a lone "–") are kept as they were.
public enum Mojibake {
    /// The text with mangled sequences decoded, and how many characters were repaired.
    public static func repair(_ text: String) -> (text: String, repaired: Int) {
        var current = text
        var total = 0
        // Text mangled twice needs two passes; stop as soon as nothing changes.
        for _ in 0..<3 {
            let (next, count) = pass(current)
            if count == 0 { break }
            current = next
            total += count
        }
        return (current, total)
    }

    private static func pass(_ text: String) -> (String, Int) {
        var out = String.UnicodeScalarView()
        var run: [(scalar: Unicode.Scalar, byte: UInt8)] = []
        var repaired = 0
        func flush() {
            var i = 0
            while i < run.count {
                let lead = run[i].byte
                let length =
                    lead >= 0xF0 && lead <= 0xF4
                    ? 4 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xC2 && lead <= 0xDF ? 2 : 0
                if length > 0, i + length <= run.count,
                    run[(i + 1)..<(i + length)].allSatisfy({ $0.byte & 0xC0 == 0x80 }),
                    let decoded = String(validating: run[i..<(i + length)].map(\.byte), as: UTF8.self)
                {
                    out.append(contentsOf: decoded.unicodeScalars)
                    repaired += decoded.unicodeScalars.count
                    i += length
                } else {
                    out.append(run[i].scalar)
                    i += 1
                }
            }
            run.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            if let byte = cp1252Byte(scalar) {
                run.append((scalar, byte))
            } else {
                flush()
                out.append(scalar)
            }
        }
        flush()
        return (String(out), repaired)
    }

    /// The Windows-1252 byte (0x80-0xFF) a character comes from. The five bytes Windows-1252
    /// leaves undefined are commonly passed through as the C1 controls of the same value.
    static func cp1252Byte(_ scalar: Unicode.Scalar) -> UInt8? {
        let v = scalar.value
        if v >= 0xA0 && v <= 0xFF { return UInt8(v) }
        if v == 0x81 || v == 0x8D || v == 0x8F || v == 0x90 || v == 0x9D { return UInt8(v) }
        return high[v]
    }

    /// Windows-1252 bytes 0x80-0x9F that are not Latin-1.
    private static let high: [UInt32: UInt8] = [
        0x20AC: 0x80, 0x201A: 0x82, 0x0192: 0x83, 0x201E: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87,
        0x02C6: 0x88, 0x2030: 0x89, 0x0160: 0x8A, 0x2039: 0x8B, 0x0152: 0x8C, 0x017D: 0x8E,
        0x2018: 0x91, 0x2019: 0x92, 0x201C: 0x93, 0x201D: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97,
        0x02DC: 0x98, 0x2122: 0x99, 0x0161: 0x9A, 0x203A: 0x9B, 0x0153: 0x9C, 0x017E: 0x9E, 0x0178: 0x9F,
    ]

    /// Decodes bytes that are not UTF-8 as Windows-1252 (a ledger saved by an old editor).
    public static func decodeWindows1252(_ bytes: [UInt8]) -> String {
        let reverse = Dictionary(uniqueKeysWithValues: high.map { ($0.value, $0.key) })
        var scalars = String.UnicodeScalarView()
        for b in bytes {
            let value = b >= 0x80 && b <= 0x9F ? reverse[b] ?? UInt32(b) : UInt32(b)
            scalars.append(Unicode.Scalar(value)!)
        }
        return String(scalars)
    }
}
