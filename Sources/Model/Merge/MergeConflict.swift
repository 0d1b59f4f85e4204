/// One field both sides of a merge changed differently (or an item one side deleted and the
/// other edited). The merged ledger keeps `ours` in place until someone picks; an absent side
/// (nil) means that side has no value there: the key or item was removed or never added.
public struct MergeConflict: Equatable, Sendable {
    public var path: LedgerPath
    public var base: JSONValue?
    public var ours: JSONValue?
    public var theirs: JSONValue?

    public init(path: LedgerPath, base: JSONValue?, ours: JSONValue?, theirs: JSONValue?) {
        self.path = path
        self.base = base
        self.ours = ours
        self.theirs = theirs
    }

    /// The three versions a person picks from.
    public enum Side: String, CaseIterable, Sendable {
        case base, ours, theirs
    }

    /// Which side has this value (ours first when sides agree).
    public func side(holding value: JSONValue?) -> Side? {
        [Side.ours, .theirs, .base].first { self.value($0) == value }
    }

    public func value(_ side: Side) -> JSONValue? {
        switch side {
        case .base: base
        case .ours: ours
        case .theirs: theirs
        }
    }
}

// MARK: - JSON mapping

extension MergeConflict {
    init?(reading r: inout ObjectReader) {
        guard let text = r.string("path") else {
            if r.raw("path") == nil { r.report("path", "is required") }
            return nil
        }
        guard let path = LedgerPath(parsing: text) else {
            r.report("path", "is not a ledger path: \"\(text)\"")
            return nil
        }
        self.init(path: path, base: r.raw("base"), ours: r.raw("ours"), theirs: r.raw("theirs"))
    }

    public var json: JSONValue {
        var w = ObjectWriter(unknownKeys: [:])
        w.set("path", path.description)
        w.set("base", json: base)
        w.set("ours", json: ours)
        w.set("theirs", json: theirs)
        return w.value
    }
}
