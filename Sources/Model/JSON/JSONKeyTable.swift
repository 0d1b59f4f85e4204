import Foundation

/// The keys of one kind of JSON object, matched against a key's raw bytes without making a
/// String of it: how `LedgerDecoder` finds a field (a length compare, then a byte compare).
struct JSONKeyTable<Key: RawRepresentable & CaseIterable & Sendable>: Sendable where Key.RawValue == String {
    /// Entries by key length: a key is compared only with the names of its own length.
    private let byLength: [[(name: [UInt8], key: Key, bit: UInt64)]]

    init() {
        var byLength: [[(name: [UInt8], key: Key, bit: UInt64)]] = []
        for (i, key) in Key.allCases.enumerated() {
            precondition(i < 64, "a key table holds at most 64 keys (one bit each)")
            let name = Array(key.rawValue.utf8)
            while byLength.count <= name.count { byLength.append([]) }
            byLength[name.count].append((name, key, UInt64(1) << UInt64(i)))
        }
        self.byLength = byLength
    }

    /// The known key `key` spells and its bit (for spotting a duplicate), or nil for a key this
    /// table does not know.
    func key(_ bytes: [UInt8], _ key: JSONMemberKey) -> (key: Key, bit: UInt64)? {
        switch key {
        case .plain(let range):
            guard range.count < byLength.count else { return nil }
            return bytes.withUnsafeBufferPointer { all in
                let text = all.baseAddress! + range.lowerBound
                for entry in byLength[range.count]
                where entry.name.withUnsafeBufferPointer({ memcmp($0.baseAddress!, text, range.count) == 0 }) {
                    return (entry.key, entry.bit)
                }
                return nil
            }
        case .decoded(let text):
            // Compared as Swift compares keys in a dictionary (canonical equivalence), as the strict load does.
            for entries in byLength {
                for entry in entries where entry.key.rawValue == text { return (entry.key, entry.bit) }
            }
            return nil
        }
    }
}

/// An object's key as read from the bytes: printable ASCII without escapes is left in place (the
/// common case: compared as bytes, no String made); anything else is decoded to its text.
enum JSONMemberKey {
    case plain(Range<Int>)
    case decoded(String)

    func text(in bytes: [UInt8]) -> String {
        switch self {
        case .plain(let range): String(decoding: bytes[range], as: UTF8.self)
        case .decoded(let text): text
        }
    }
}
