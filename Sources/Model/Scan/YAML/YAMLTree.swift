import Yams

/// A YAML document as plain values with each node's line. Scalars stay the raw text as written:
/// YAML 1.1 would turn the key `on` into a boolean and `22:22` into a number, and neither is what
/// a workflow or compose file means. Parsed by Yams; nothing in it is evaluated.
public indirect enum YAMLTree: Equatable, Sendable {
    case scalar(String, line: Int)
    case list([YAMLTree], line: Int)
    case map([(key: String, value: YAMLTree)], line: Int)

    public static func == (a: YAMLTree, b: YAMLTree) -> Bool {
        switch (a, b) {
        case (.scalar(let x, let l1), .scalar(let y, let l2)): x == y && l1 == l2
        case (.list(let x, let l1), .list(let y, let l2)): x == y && l1 == l2
        case (.map(let x, let l1), .map(let y, let l2)):
            l1 == l2 && x.count == y.count && zip(x, y).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: false
        }
    }

    /// Parses the first document; nil when the text is not YAML. Aliases are expanded by Yams;
    /// `budget` caps the nodes built so an alias bomb cannot exhaust memory.
    /// A file of several documents (`---`, e.g. a GitLab `spec:` header before the jobs) reads
    /// as one mapping of all their keys.
    public static func parse(_ text: String, budget: Int = 100_000) -> YAMLTree? {
        guard var documents = try? Yams.compose_all(yaml: text) else { return nil }
        var remaining = budget
        var trees: [YAMLTree] = []
        while let node = documents.next() {
            guard let tree = convert(node, remaining: &remaining) else { return nil }
            trees.append(tree)
        }
        if documents.error != nil { return nil }
        guard trees.count > 1 else { return trees.first ?? .map([], line: 1) }
        var pairs: [(key: String, value: YAMLTree)] = []
        for tree in trees { pairs += tree.pairs }
        return .map(pairs, line: trees[0].line)
    }

    private static func convert(_ node: Node, remaining: inout Int) -> YAMLTree? {
        remaining -= 1
        guard remaining >= 0 else { return nil }
        let line = node.mark?.line ?? 0
        switch node {
        case .scalar(let scalar):
            // An explicit null (`~`, `null`, nothing) is no value.
            if scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) {
                return .scalar("", line: line)
            }
            return .scalar(scalar.string, line: line)
        case .sequence(let sequence):
            return .list(sequence.compactMap { convert($0, remaining: &remaining) }, line: line)
        case .mapping(let mapping):
            var pairs: [(key: String, value: YAMLTree)] = []
            var merged: [(key: String, value: YAMLTree)] = []
            for (key, value) in mapping {
                guard let converted = convert(value, remaining: &remaining) else { continue }
                let name = key.scalar?.string ?? ""
                // `<<: *defaults` merges the anchored mapping's keys under the explicit ones.
                if name == "<<" {
                    switch converted {
                    case .map(let m, _): merged += m
                    case .list(let items, _): for case .map(let m, _) in items { merged += m }
                    default: break
                    }
                    continue
                }
                pairs.append((name, converted))
            }
            for pair in merged where !pairs.contains(where: { $0.key == pair.key }) { pairs.append(pair) }
            return .map(pairs, line: line)
        case .alias:
            return .scalar("", line: line)
        }
    }

    public var line: Int {
        switch self {
        case .scalar(_, let l), .list(_, let l), .map(_, let l): l
        }
    }

    /// The value under `key` of a mapping (the last one, as YAML readers do with repeats).
    public subscript(key: String) -> YAMLTree? {
        guard case .map(let pairs, _) = self else { return nil }
        return pairs.last { $0.key == key }?.value
    }

    public var text: String? {
        if case .scalar(let s, _) = self { return s }
        return nil
    }

    public var items: [YAMLTree] {
        if case .list(let items, _) = self { return items }
        return []
    }

    public var pairs: [(key: String, value: YAMLTree)] {
        if case .map(let pairs, _) = self { return pairs }
        return []
    }

    /// A scalar, or the items of a list of scalars, as text.
    public var texts: [String] {
        switch self {
        case .scalar(let s, _): [s]
        case .list(let items, _): items.compactMap(\.text)
        case .map: []
        }
    }

    /// Present with some content: a non-empty scalar, list or mapping.
    public var hasContent: Bool {
        switch self {
        case .scalar(let s, _): !s.isEmpty
        case .list(let items, _): !items.isEmpty
        case .map(let pairs, _): !pairs.isEmpty
        }
    }
}
