import Foundation

/// The seed's Common Issues line: one per category.
public struct CommonIssueRow: Equatable, Sendable {
    public let category: String
    public let frequency: Int
    public let open: Int
    /// Average hours from opening to resolution over resolved occurrences; nil when none is.
    public let averageResolutionHours: Double?

    /// Open while any occurrence is, resolved once all are, never seen if it never happened.
    public var status: CommonIssueStatus { frequency == 0 ? .neverSeen : open > 0 ? .open : .resolved }
}

/// Where a category of issues stands; the raw value is the report's word ("-": never happened).
public enum CommonIssueStatus: String, CaseIterable, Sendable {
    case open, resolved
    case neverSeen = "-"
}

/// A (category, solution) pair and how well it worked.
public struct ResolutionPattern: Equatable, Sendable {
    public let category: String
    public let solution: String
    /// Resolved issues that used this solution.
    public let uses: Int
    public let successful: Int
    public var successRate: Double { uses == 0 ? 0 : Double(successful) / Double(uses) }
}

enum IssueStatistics {
    /// Most frequent first, as the table's name says; the seed's five categories are always
    /// listed (ties keep the seed's order, then other categories alphabetically).
    static func commonIssues(_ issues: [Issue]) -> [CommonIssueRow] {
        var groups: [String: [Issue]] = [:]
        for issue in issues { groups[issue.category, default: []].append(issue) }
        let extra = groups.keys.filter { !Issue.seedCategories.contains($0) }.sorted()
        let order = Issue.seedCategories + extra
        let rank = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        let sorted = order.sorted { a, b in
            let (na, nb) = (groups[a]?.count ?? 0, groups[b]?.count ?? 0)
            return na != nb ? na > nb : rank[a]! < rank[b]!
        }
        return sorted.map { category in
            let group = groups[category] ?? []
            let durations = group.compactMap(\.resolutionHours)
            return CommonIssueRow(
                category: category, frequency: group.count, open: group.filter(\.isOpen).count,
                averageResolutionHours: durations.isEmpty ? nil : durations.reduce(0, +) / Double(durations.count))
        }
    }

    static let oversizedLimitMB = 500.0

    static func oversizedWithoutIssue(_ docker: [(name: String, docker: DockerSetup)], _ issues: [Issue]) -> [String] {
        let tracked = Set(
            issues.filter { $0.isOpen && $0.category == Issue.oversizedImageCategory }.compactMap {
                $0.project?.lowercased()
            })
        // Largest first: the worst offender leads the list. Names and sizes only are sorted:
        // sorting the (name, DockerSetup) pairs moved whole structs (a third of the report at 100k).
        var oversized: [(name: String, sizeMB: Double)] = []
        for entry in docker {
            guard let size = entry.docker.imageSizeMB, size > oversizedLimitMB else { continue }
            if tracked.isEmpty || !tracked.contains(entry.name.lowercased()) { oversized.append((entry.name, size)) }
        }
        return oversized.sorted { $0.sizeMB > $1.sizeMB }.map(\.name)
    }

    /// Top pairs by uses; ties go to the higher success rate, then alphabetical order.
    static func resolutionPatterns(_ issues: [Issue], limit: Int = 5) -> [ResolutionPattern] {
        struct Key: Hashable {
            let category: String
            let solution: String
        }
        var counts: [Key: (Int, Int)] = [:]
        for issue in issues where !issue.isOpen {
            guard let solution = issue.solution?.trimmingCharacters(in: .whitespacesAndNewlines), !solution.isEmpty
            else { continue }
            let key = Key(category: issue.category, solution: solution)
            var c = counts[key] ?? (0, 0)
            c.0 += 1
            if issue.successful == true { c.1 += 1 }
            counts[key] = c
        }
        let patterns = counts.map {
            ResolutionPattern(
                category: $0.key.category, solution: $0.key.solution, uses: $0.value.0, successful: $0.value.1)
        }
        return Array(
            patterns.sorted { a, b in
                if a.uses != b.uses { return a.uses > b.uses }
                if a.successRate != b.successRate { return a.successRate > b.successRate }
                if a.category != b.category { return a.category < b.category }
                return a.solution < b.solution
            }.prefix(limit))
    }
}

extension Issue {
    /// The category an image over 500 MB should have an open issue in (the engine's flag):
    /// the seed's first.
    public static let oversizedImageCategory = seedCategories[0]
}
