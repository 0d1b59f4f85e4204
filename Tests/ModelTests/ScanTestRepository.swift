import Foundation

@testable import Model

/// A repository built in a temporary folder from path → text, for scan tests.
struct TestRepository {
    let root: String

    init(_ files: [String: String]) {
        root = NSTemporaryDirectory() + "dockledger-scan-\(UUID().uuidString)"
        for (path, text) in files {
            let full = root + "/" + path
            try! FileManager.default.createDirectory(
                atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try! text.write(toFile: full, atomically: false, encoding: .utf8)
        }
        try? FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    var facts: RepositoryFacts { RepositoryFacts(RepositoryFiles(root: root)) }

    /// field → value of every fact found; a field not in it is unknown.
    var values: [FactField: FactValue] {
        Dictionary(facts.facts.map { ($0.field, $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    func source(_ field: FactField) -> String? {
        facts.facts.first { $0.field == field }?.location?.description
    }
}
