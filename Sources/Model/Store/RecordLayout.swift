#if canImport(Glibc)
    import Glibc
#endif

/// The two arrays of records a ledger file is mostly made of, by their top-level key.
enum RecordArray: String, CaseIterable, Sendable {
    case issues, projects
}

/// Where each record of a ledger file lies in its bytes: for `projects` and `issues`, the byte
/// range of every element. A save copies the records an edit left alone from these ranges of the
/// previous file instead of encoding them again.
///
/// An array has ranges only when it is laid out as the writer lays it out (`[`, each element on
/// its own lines at a four-space indent, `,` between them, `]` on its own line), so that copying
/// a run of neighbouring elements copies writer-shaped separators too. What is inside an element
/// is copied as it is: it decoded to the very record being saved.
struct RecordLayout: Sendable, Equatable {
    var spans: [RecordArray: [Range<Int>]] = [:]

    /// The canonical text between two elements, after the first one's closing brace.
    static let separator = Array(",\n    ".utf8)
    static let opening = Array("[\n    ".utf8)
    static let closing = Array("\n  ]".utf8)

    /// Finds the records of a ledger file. Any surprise (it is not a JSON object, an array is
    /// laid out otherwise) leaves that array without ranges: its records are encoded afresh.
    static func scan(_ bytes: UnsafeRawBufferPointer) -> RecordLayout {
        var scanner = Scanner(bytes: bytes)
        return scanner.layout()
    }

    /// No records known: everything is encoded afresh.
    init() {}

    /// The layout of a file from where its reader found each record (`LedgerDecoder`), without
    /// scanning it again: each array keeps its ranges only if the text around and between its
    /// records is the writer's, as `scan` requires.
    init(records: [RecordArray: [Range<Int>]], in bytes: [UInt8]) {
        for (array, ranges) in records where Self.isLaidOutCanonically(ranges, in: bytes) {
            spans[array] = ranges
        }
    }

    private static func isLaidOutCanonically(_ ranges: [Range<Int>], in bytes: [UInt8]) -> Bool {
        guard let first = ranges.first, let last = ranges.last else { return true }
        func has(_ text: [UInt8], at start: Int) -> Bool {
            start >= 0 && start + text.count <= bytes.count && bytes[start..<start + text.count].elementsEqual(text)
        }
        guard has(opening, at: first.lowerBound - opening.count), has(closing, at: last.upperBound) else {
            return false
        }
        for k in ranges.indices.dropFirst() {
            let gap = ranges[k - 1].upperBound
            guard ranges[k].lowerBound - gap == separator.count, has(separator, at: gap) else { return false }
        }
        return true
    }

    /// Reads the file open as `fd` (mapped, not copied) and finds its records.
    static func scan(fd: Int32, size: Int) -> RecordLayout {
        guard size > 0, let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), base != MAP_FAILED else {
            return RecordLayout()
        }
        defer { munmap(base, size) }
        return scan(UnsafeRawBufferPointer(start: base, count: size))
    }

    private struct Scanner {
        let bytes: UnsafeRawBufferPointer
        var i = 0

        init(bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

        mutating func layout() -> RecordLayout {
            var result = RecordLayout()
            skipSpace()
            guard peek == UInt8(ascii: "{") else { return result }
            i += 1
            while true {
                skipSpace()
                guard peek == UInt8(ascii: "\"") else { return result }
                let keyStart = i + 1
                guard skipString() else { return result }
                let key = RecordArray(rawValue: String(decoding: bytes[keyStart..<i - 1], as: UTF8.self))
                skipSpace()
                guard peek == UInt8(ascii: ":") else { return result }
                i += 1
                skipSpace()
                if let key, peek == UInt8(ascii: "[") {
                    let start = i
                    if let spans = elements() {
                        result.spans[key] = spans
                    } else {
                        i = start
                        guard skipValue() else { return result }
                    }
                } else {
                    guard skipValue() else { return result }
                }
                skipSpace()
                guard peek == UInt8(ascii: ",") else { return result }
                i += 1
            }
        }

        /// The element ranges of the array at `i` if it is laid out canonically; moves past it.
        mutating func elements() -> [Range<Int>]? {
            if matches(Array("[]".utf8)) {
                i += 2
                return []
            }
            guard matches(RecordLayout.opening) else { return nil }
            i += RecordLayout.opening.count
            var spans: [Range<Int>] = []
            while true {
                let start = i
                guard peek == UInt8(ascii: "{"), skipValue() else { return nil }
                spans.append(start..<i)
                if matches(RecordLayout.separator) {
                    i += RecordLayout.separator.count
                } else if matches(RecordLayout.closing) {
                    i += RecordLayout.closing.count
                    return spans
                } else {
                    return nil
                }
            }
        }

        var peek: UInt8? { i < bytes.count ? bytes[i] : nil }

        func matches(_ text: [UInt8]) -> Bool {
            guard i + text.count <= bytes.count else { return false }
            for (k, b) in text.enumerated() where bytes[i + k] != b { return false }
            return true
        }

        mutating func skipSpace() {
            while let b = peek, b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 { i += 1 }
        }

        /// Past the string that starts at `i` (its opening quote).
        mutating func skipString() -> Bool {
            var from = i + 1
            while from < bytes.count {
                guard let found = memchr(bytes.baseAddress! + from, 0x22, bytes.count - from) else { return false }
                let quote = bytes.baseAddress!.distance(to: UnsafeRawPointer(found))
                var backslashes = 0
                while quote - backslashes - 1 > i, bytes[quote - backslashes - 1] == 0x5C { backslashes += 1 }
                if backslashes % 2 == 0 {
                    i = quote + 1
                    return true
                }
                from = quote + 1
            }
            return false
        }

        /// Past the value that starts at `i`: a string, an object or array with everything in
        /// it, or a number or literal.
        mutating func skipValue() -> Bool {
            guard let first = peek else { return false }
            if first == UInt8(ascii: "\"") { return skipString() }
            guard first == UInt8(ascii: "{") || first == UInt8(ascii: "[") else {
                while let b = peek, b != UInt8(ascii: ","), b != UInt8(ascii: "}"), b != UInt8(ascii: "]"),
                    b != 0x20, b != 0x0A, b != 0x0D, b != 0x09
                {
                    i += 1
                }
                return true
            }
            var depth = 0
            while let b = peek {
                switch b {
                case UInt8(ascii: "\""):
                    guard skipString() else { return false }
                    continue
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                    if depth == 0 {
                        i += 1
                        return true
                    }
                default:
                    break
                }
                i += 1
            }
            return false
        }
    }
}
