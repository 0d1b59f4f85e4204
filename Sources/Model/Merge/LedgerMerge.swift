/// A three-way merge of ledger documents by identity, not by line (the git merge driver).
/// Works on the JSON tree so keys dockledger does not know survive: objects merge key by key,
/// known lists item by item (see `ListRule`), and each value on its own: changed on one side →
/// that side; changed on both to the same value → that value; changed on both differently →
/// a conflict that keeps ours.
public enum LedgerMerge {
    public struct Result: Sendable {
        /// The merged document, with any conflicts listed under `conflicts`.
        public let document: JSONValue
        /// The conflicts this merge found (conflicts already in ours or theirs are carried too).
        public let conflicts: [MergeConflict]
        /// Issues theirs added under an id ours also used for a new issue: old id → new id.
        public let renumberedIssues: [(from: Int, to: Int)]
    }

    public static func merge(base: JSONValue, ours: JSONValue, theirs: JSONValue) -> Result {
        var merger = Merger()
        merger.issueIDs = Set([base, ours, theirs].flatMap(issueIDs))
        let carried = carriedConflicts(ours) + carriedConflicts(theirs).filter { !carriedConflicts(ours).contains($0) }
        var document = merger.merge(strip(base), strip(ours), strip(theirs), at: LedgerPath()) ?? .object([:])
        let all = carried + merger.conflicts
        if case .object(var object) = document, !all.isEmpty {
            object["conflicts"] = .array(all.map(\.json))
            document = .object(object)
        }
        return Result(document: document, conflicts: merger.conflicts, renumberedIssues: merger.renumbered)
    }

    /// Sets (or, with nil, removes) the value at a path: how a conflict is resolved.
    public static func setting(_ value: JSONValue?, at path: LedgerPath, in document: JSONValue) -> JSONValue? {
        set(value, at: path.components[...], keys: [], in: document)
    }

    private static func set(
        _ value: JSONValue?, at path: ArraySlice<LedgerPath.Component>, keys: [String],
        in node: JSONValue?
    ) -> JSONValue? {
        guard let first = path.first else { return value }
        let rest = path.dropFirst()
        switch (first, node) {
        case (.key(let k), .object(var object)?):
            object[k] = set(value, at: rest, keys: keys + [k], in: object[k])
            return .object(object)
        case (.key(let k), nil):
            guard let inner = set(value, at: rest, keys: keys + [k], in: nil) else { return nil }
            return .object([k: inner])
        case (.item(let identity), .array(var items)?):
            let rule = ListRule.of(keys: keys)
            if let i = items.firstIndex(where: { rule.matches($0, identity) }) {
                if let updated = set(value, at: rest, keys: keys, in: items[i]) {
                    items[i] = updated
                } else {
                    items.remove(at: i)
                }
            } else if let added = set(value, at: rest, keys: keys, in: nil) {
                items.append(added)
            }
            return .array(items)
        default:
            return node
        }
    }

    private static func strip(_ document: JSONValue) -> JSONValue {
        guard case .object(var object) = document else { return document }
        object["conflicts"] = nil
        return .object(object)
    }

    private static func carriedConflicts(_ document: JSONValue) -> [MergeConflict] {
        guard case .object(let object) = document, case .array(let items)? = object["conflicts"] else { return [] }
        return items.compactMap { item in
            var diagnostics: [Diagnostic] = []
            guard var r = ObjectReader(item, at: JSONPath("conflicts"), diagnostics: &diagnostics) else { return nil }
            return MergeConflict(reading: &r)
        }
    }

    private static func issueIDs(_ document: JSONValue) -> [Int] {
        guard case .object(let object) = document, case .array(let issues)? = object["issues"] else { return [] }
        return issues.compactMap { ListRule.byID.identity(of: $0) }.compactMap {
            if case .number(let n) = $0 { n } else { nil }
        }
    }
}

/// The state of one merge run: the conflicts found and the issue ids handed out.
private struct Merger {
    var conflicts: [MergeConflict] = []
    var issueIDs: Set<Int> = []
    var renumbered: [(from: Int, to: Int)] = []

    mutating func merge(_ base: JSONValue?, _ ours: JSONValue?, _ theirs: JSONValue?, at path: LedgerPath) -> JSONValue?
    {
        if ours == theirs { return ours }
        if base == ours { return theirs }
        if base == theirs { return ours }
        switch (base, ours, theirs) {
        case (.object(let b)?, .object(let o)?, .object(let t)?):
            return .object(mergeObjects(b, o, t, at: path))
        case (nil, .object(let o)?, .object(let t)?):
            return .object(mergeObjects([:], o, t, at: path))
        case (_, .array(let o)?, .array(let t)?):
            let b: [JSONValue]? = if case .array(let b)? = base { b } else if base == nil { [] } else { nil }
            if let b, let merged = mergeLists(b, o, t, rule: ListRule.of(keys: path.keys), at: path) {
                return .array(merged)
            }
        case (_, .string(let o)?, .string(let t)?) where path == LedgerPath([.key("meta"), .key("lastUpdated")]):
            // Both sides updated the ledger: it was last updated on the later day.
            return .string(max(o, t))
        default: break
        }
        conflicts.append(MergeConflict(path: path, base: base, ours: ours, theirs: theirs))
        return ours
    }

    private mutating func mergeObjects(
        _ b: [String: JSONValue], _ o: [String: JSONValue], _ t: [String: JSONValue],
        at path: LedgerPath
    ) -> [String: JSONValue] {
        var out: [String: JSONValue] = [:]
        for key in Set(b.keys).union(o.keys).union(t.keys).sorted() {
            if let value = merge(b[key], o[key], t[key], at: path.key(key)) { out[key] = value }
        }
        return out
    }

    /// nil when the list cannot be merged item by item (unknown list, items without identity).
    private mutating func mergeLists(
        _ b: [JSONValue], _ o: [JSONValue], _ t: [JSONValue], rule: ListRule,
        at path: LedgerPath
    ) -> [JSONValue]? {
        switch rule {
        case .whole: return nil
        case .byContent:
            let removedByTheirs = b.filter { !t.contains($0) }
            let kept = o.filter { !removedByTheirs.contains($0) }
            return kept + t.filter { !b.contains($0) && !o.contains($0) }
        case .byName, .byID, .byDate:
            guard let bIndex = index(b, rule), let oIndex = index(o, rule), let tIndex = index(t, rule) else {
                return nil
            }
            var order = o.compactMap(rule.identity(of:))
            order += t.compactMap(rule.identity(of:)).filter { oIndex[$0] == nil }
            var out: [JSONValue] = []
            var theirsRenamed: [JSONValue] = []
            for identity in order {
                let (base, ours, theirs) = (bIndex[identity], oIndex[identity], tIndex[identity])
                if rule == .byID, base == nil, let ours, let theirs, ours != theirs {
                    // Both sides logged a new issue under the same id: both are kept.
                    out.append(ours)
                    theirsRenamed.append(renumber(theirs))
                    continue
                }
                if let merged = merge(
                    base, ours, theirs, at: path.item(identity.shown(by: rule, in: ours ?? theirs ?? base)))
                {
                    out.append(merged)
                }
            }
            return out + theirsRenamed
        }
    }

    private func index(_ items: [JSONValue], _ rule: ListRule) -> [ItemIdentity: JSONValue]? {
        var out: [ItemIdentity: JSONValue] = [:]
        for item in items {
            guard let identity = rule.identity(of: item), out[identity] == nil else { return nil }
            out[identity] = item
        }
        return out
    }

    private mutating func renumber(_ issue: JSONValue) -> JSONValue {
        guard case .object(var object) = issue, let old = object["id"].flatMap(ListRule.integer) else { return issue }
        let new = (issueIDs.max() ?? 0) + 1
        issueIDs.insert(new)
        renumbered.append((old, new))
        object["id"] = .number(Double(new))
        return .object(object)
    }
}

extension ItemIdentity {
    /// Project identities are lowercased for matching; a path shows the name as written.
    fileprivate func shown(by rule: ListRule, in item: JSONValue?) -> ItemIdentity {
        guard rule == .byName, case .object(let object)? = item, case .string(let name)? = object["name"] else {
            return self
        }
        return .text(name)
    }
}
