#if canImport(Glibc)
    import Glibc
#endif

/// Which records of an edited list are unchanged since a known version of it: for each new
/// record, the index of an equal record in the old list. An edit usually touches one record, so
/// the equal prefix and suffix are found first (equal records share storage, so comparing them
/// is cheap); what is left between is matched by identity key (a project's name, an issue's id).
/// Each old record is matched at most once, so a duplicated record is never taken as unchanged.
struct RecordMatch: Sendable {
    /// For each record of the new list, the index of the equal old record, or nil (new or changed).
    let oldIndex: [Int?]
    /// Old records no new record matched (changed or removed), in increasing order.
    let unmatchedOld: [Int]

    /// Nothing matched: every record is new.
    init(newCount: Int) {
        oldIndex = Array(repeating: nil, count: newCount)
        unmatchedOld = []
    }

    init<Record: Equatable, Key: Hashable>(old: [Record], new: [Record], key: (Record) -> Key) {
        let (prefix, suffix) = old.withUnsafeBufferPointer { o in
            new.withUnsafeBufferPointer { n in
                let same = { (a: Int, b: Int) in
                    Self.sameBytes(o.baseAddress! + a, n.baseAddress! + b) || Self.equal(o[a], n[b])
                }
                var prefix = 0
                while prefix < o.count, prefix < n.count, same(prefix, prefix) { prefix += 1 }
                var suffix = 0
                while suffix < o.count - prefix, suffix < n.count - prefix,
                    same(o.count - 1 - suffix, n.count - 1 - suffix)
                {
                    suffix += 1
                }
                return (prefix, suffix)
            }
        }
        var matches = [Int?](repeating: nil, count: new.count)
        for i in 0..<prefix { matches[i] = i }
        for k in 0..<suffix { matches[new.count - 1 - k] = old.count - 1 - k }

        let oldMiddle = prefix..<old.count - suffix
        let newMiddle = prefix..<new.count - suffix
        var unmatched: [Int] = []
        if newMiddle.isEmpty {
            unmatched = Array(oldMiddle)
        } else if !oldMiddle.isEmpty {
            var byKey: [Key: Int] = [:]
            byKey.reserveCapacity(oldMiddle.count)
            for o in oldMiddle { byKey[key(old[o])] = o }
            var taken = Set<Int>()
            for n in newMiddle {
                if let o = byKey[key(new[n])], old[o] == new[n], taken.insert(o).inserted { matches[n] = o }
            }
            unmatched = oldMiddle.filter { !taken.contains($0) }
        }
        oldIndex = matches
        unmatchedOld = unmatched
    }

    /// Whether two records are the same bytes in memory. A record copied from another (the array
    /// holding it was copied when a neighbour changed) holds the very same references and
    /// values, so it is byte for byte the same and compared at memory speed; the same bytes are
    /// the same value. A project is one reference to its fields' box, so an unchanged one is
    /// always the same bytes (100,000 of them compare in about a millisecond). When the bytes
    /// differ, `==` decides.
    private static func sameBytes<Record>(_ a: UnsafePointer<Record>, _ b: UnsafePointer<Record>) -> Bool {
        memcmp(a, b, MemoryLayout<Record>.size) == 0
    }

    private static func equal<Record: Equatable>(_ a: borrowing Record, _ b: borrowing Record) -> Bool {
        a == b
    }

    /// Whether every new record is an old one, in the same order, and none is gone.
    var isIdentity: Bool {
        unmatchedOld.isEmpty && oldIndex.enumerated().allSatisfy { $0.element == $0.offset }
    }

    /// Indices of the new records that are new or changed.
    var changed: [Int] { oldIndex.indices.filter { oldIndex[$0] == nil } }
}
