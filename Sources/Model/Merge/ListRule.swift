/// How the items of a ledger list are matched between the two sides of a merge.
enum ListRule {
    /// Projects: by name, case-insensitive.
    case byName
    /// Issues: by id.
    case byID
    /// History snapshots: by date.
    case byDate
    /// Log entries and platforms: an item is its content; additions and removals of both sides apply.
    case byContent
    /// A list dockledger does not know: merged as one value.
    case whole

    /// The rule of the list reached through these object keys (list items skipped).
    static func of(keys: [String]) -> ListRule {
        switch keys {
        case ["projects"]: .byName
        case ["issues"]: .byID
        case ["history"]: .byDate
        case ["versionHistory"], ["changelog"], ["maintenance", "templateUpdates"],
            ["maintenance", "baseImageUpdates"],
            ["projects", "docker", "platforms"]:
            .byContent
        default: .whole
        }
    }

    /// The identity of one item, or nil when it has none (then the list is merged whole).
    func identity(of item: JSONValue) -> ItemIdentity? {
        guard case .object(let object) = item else { return nil }
        switch self {
        case .byName:
            if case .string(let name)? = object["name"] { return .text(name.lowercased()) }
        case .byID:
            if let id = object["id"].flatMap(Self.integer) { return .number(id) }
        case .byDate:
            if case .string(let date)? = object["date"] { return .text(date) }
        case .byContent, .whole: break
        }
        return nil
    }

    /// Whether an item answers to the identity a path names (names match case-insensitively).
    func matches(_ item: JSONValue, _ wanted: ItemIdentity) -> Bool {
        switch (identity(of: item), wanted) {
        case (.text(let have)?, .text(let want)): self == .byName ? have == want.lowercased() : have == want
        case (.number(let have)?, .number(let want)): have == want
        default: false
        }
    }

    static func integer(_ value: JSONValue) -> Int? {
        guard case .number(let n) = value, let exact = n.exactInteger else { return nil }
        return Int(exact)
    }
}
