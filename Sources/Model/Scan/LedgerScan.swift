import Foundation

/// A repository read by scan: where it is, the name a new project gets, what it states.
public struct ScannedRepository: Sendable {
    public let folder: String
    public let name: String
    public let facts: RepositoryFacts
}

/// What a scan did (or would do) to one project.
public struct ProjectScan: Sendable {
    public let project: String
    public let repository: String
    public let created: Bool
    public let found: RepositoryFacts
    public let outcome: FactOutcome
}

/// Finds repositories under the paths given to scan and writes their facts into a ledger.
public enum LedgerScan {
    /// The repositories a PATH stands for: itself when it is one (it has `.git`, or a
    /// Dockerfile, compose file or CI workflow at its top); else each immediate subfolder that
    /// holds such files; else itself.
    public static func repositories(at path: String) -> [String] {
        let root = RepositoryFiles.realPath(path) ?? path
        if looksLikeRepository(root) { return [root] }
        let children = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).sorted()
        let candidates = children.filter { name in
            guard !RepositoryFiles.skippedFolders.contains(name) else { return false }
            var isDirectory: ObjCBool = false
            let child = root + "/" + name
            guard FileManager.default.fileExists(atPath: child, isDirectory: &isDirectory), isDirectory.boolValue else {
                return false
            }
            guard let real = RepositoryFiles.realPath(child), RepositoryFiles.isInside(real, root) else { return false }
            return true
        }.map { root + "/" + $0 }
        let repositories = candidates.filter { looksLikeRepository($0) || holdsRepositoryFiles($0, boundary: root) }
        return repositories.isEmpty ? [root] : repositories
    }

    static func looksLikeRepository(_ folder: String) -> Bool {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        if names.contains(".git") || names.contains(".gitlab-ci.yml") { return true }
        if names.contains(where: { RepositoryFiles.isDockerfile($0) || RepositoryFiles.isComposeFile($0) }) {
            return true
        }
        return FileManager.default.fileExists(atPath: folder + "/.github/workflows")
    }

    static func holdsRepositoryFiles(_ folder: String, boundary: String) -> Bool {
        let files = RepositoryFiles(root: folder, boundary: boundary)
        return !(files.dockerfiles.isEmpty && files.composeFiles.isEmpty && files.ciFiles.isEmpty)
    }

    /// Reads every repository (in parallel; results in the order given). `progress` is called
    /// with the count done so far, from any thread.
    public static func read(
        _ folders: [(folder: String, boundary: String)],
        progress: @Sendable (Int) -> Void = { _ in }
    ) -> [ScannedRepository] {
        let results = ResultSlots<ScannedRepository>(count: folders.count)
        DispatchQueue.concurrentPerform(iterations: folders.count) { i in
            let (folder, boundary) = folders[i]
            let files = RepositoryFiles(root: folder, boundary: boundary)
            let name = URL(fileURLWithPath: files.root).lastPathComponent
            results.set(i, ScannedRepository(folder: files.root, name: name, facts: RepositoryFacts(files)))
            progress(results.filled)
        }
        return results.values
    }

    /// Writes the facts into the ledger: the project whose `repository` is the folder, else the
    /// one named like it (or `projectName`), else a new project.
    public static func apply(
        _ repositories: [ScannedRepository], to ledger: inout Ledger, projectName: String?,
        day: String, overwriteManual: Bool
    ) -> [ProjectScan] {
        var scans: [ProjectScan] = []
        for repository in repositories {
            let wanted = projectName ?? repository.name
            var index =
                projectName == nil
                ? ledger.projects.firstIndex {
                    $0.repository.flatMap(RepositoryFiles.realPath) == repository.folder
                        || $0.repository == repository.folder
                }
                : nil
            if index == nil { index = ledger.projectIndex(named: wanted) }
            let created = index == nil
            var project = index.map { ledger.projects[$0] } ?? Project(name: Self.projectName(wanted))
            project.repository = repository.folder
            let outcome = FactApplier.apply(
                repository.facts.facts, to: &project, origin: .scan, day: day, overwriteManual: overwriteManual)
            if let index { ledger.projects[index] = project } else { ledger.projects.append(project) }
            scans.append(
                ProjectScan(
                    project: project.name, repository: repository.folder, created: created,
                    found: repository.facts, outcome: outcome))
        }
        return scans
    }

    /// A valid project name from a folder name: trimmed, at most 100 characters.
    static func projectName(_ folder: String) -> String {
        let trimmed = String(folder.trimmingCharacters(in: .whitespaces).prefix(100)).trimmingCharacters(
            in: .whitespaces)
        return trimmed.isEmpty ? "unnamed" : trimmed
    }
}

/// Slots filled from concurrent work, read once all are done.
final class ResultSlots<T>: @unchecked Sendable {
    private var slots: [T?]
    private var count = 0
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: T) {
        lock.lock()
        slots[index] = value
        count += 1
        lock.unlock()
    }

    var filled: Int {
        lock.lock()
        defer { lock.unlock() }
        return count
    }

    var values: [T] { slots.compactMap { $0 } }
}
