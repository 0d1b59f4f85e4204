extension LedgerMerge {
    /// The value at a path, nil when there is none (a removed key, a deleted item).
    public static func value(at path: LedgerPath, in document: JSONValue) -> JSONValue? {
        var node: JSONValue? = document
        var keys: [String] = []
        for component in path.components {
            switch (component, node) {
            case (.key(let k), .object(let object)?):
                node = object[k]
                keys.append(k)
            case (.item(let identity), .array(let items)?):
                let rule = ListRule.of(keys: keys)
                node = items.first { rule.matches($0, identity) }
            default:
                return nil
            }
        }
        return node == .null ? nil : node
    }
}

extension Ledger {
    /// Puts `value` at `path` (nil removes it) and returns what was there. Works on the JSON
    /// tree, so any field a conflict names, known or not, can be set.
    @discardableResult
    mutating func replaceValue(at path: LedgerPath, with value: JSONValue?) -> JSONValue? {
        let document = json
        let old = LedgerMerge.value(at: path, in: document)
        guard let updated = LedgerMerge.setting(value, at: path, in: document) else { return old }
        let conflicts = self.conflicts
        self = Ledger.decode(updated).ledger
        self.conflicts = conflicts
        return old
    }

    /// The ledger with conflict `index` settled by one side's value, and what would be wrong
    /// with it (a pick can clash with the rest, e.g. bring back a project under a taken name).
    public func settling(conflict index: Int, with side: MergeConflict.Side) -> (ledger: Ledger, problems: [Diagnostic])
    {
        var copy = self
        LedgerEdit.settleConflict(at: index, value: conflicts[index].value(side)).apply(to: &copy)
        let (decoded, problems) = Ledger.decode(copy.json)
        return (copy, problems + LedgerValidator.validate(decoded))
    }
}
