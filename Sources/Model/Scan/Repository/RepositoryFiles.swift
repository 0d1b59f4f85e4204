import Foundation

/// The files of one repository that scan reads, found by walking it: never entering `.git`,
/// `node_modules`, `vendor` or `third_party`, following symlinks only when they stay inside the
/// boundary (the PATH given to scan), skipping files over 1 MB with a note.
public struct RepositoryFiles: Sendable {
    public static let maxFileBytes = 1_000_000
    static let skippedFolders: Set<String> = [".git", "node_modules", "vendor", "third_party"]
    static let maxDepth = 40

    /// The repository folder (absolute, symlinks resolved).
    public let root: String
    let boundary: String
    public private(set) var dockerfiles: [String] = []
    public private(set) var composeFiles: [String] = []
    public private(set) var ciFiles: [String] = []
    /// Things not read and why (`big.Dockerfile: over 1 MB, skipped`).
    public private(set) var notes: [String] = []

    public init(root: String, boundary: String? = nil) {
        let real = Self.realPath(root) ?? root
        self.root = real
        self.boundary = boundary.flatMap(Self.realPath) ?? real
        var visited: Set<String> = [real]
        walk(real, relative: "", depth: 0, visited: &visited)
        dockerfiles.sort()
        composeFiles.sort()
        ciFiles.sort()
    }

    public static func isDockerfile(_ name: String) -> Bool {
        name == "Dockerfile" || name == "Containerfile" || name.hasPrefix("Dockerfile.")
            || name.hasSuffix(".Dockerfile")
            || name.hasSuffix(".dockerfile")
    }

    public static func isComposeFile(_ name: String) -> Bool {
        ["compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml"].contains(name)
            || (name.hasPrefix("docker-compose.") && (name.hasSuffix(".yaml") || name.hasSuffix(".yml")))
    }

    static func isCIFile(_ name: String, folder: String) -> Bool {
        if name == ".gitlab-ci.yml" { return true }
        let inWorkflows = folder == ".github/workflows" || folder.hasSuffix("/.github/workflows")
        return inWorkflows && (name.hasSuffix(".yml") || name.hasSuffix(".yaml"))
    }

    /// A test Dockerfile: its name or a folder on its path contains "test".
    public static func isTestDockerfile(_ path: String) -> Bool { path.lowercased().contains("test") }

    private mutating func walk(_ folder: String, relative: String, depth: Int, visited: inout Set<String>) {
        guard depth < Self.maxDepth, let dir = opendir(folder) else { return }
        defer { closedir(dir) }
        var entries: [(String, UInt8)] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            entries.append((name, entry.pointee.d_type))
        }
        for (name, type) in entries.sorted(by: { $0.0 < $1.0 }) {
            let path = folder + "/" + name
            let rel = relative.isEmpty ? name : relative + "/" + name
            var isDirectory = type == UInt8(DT_DIR)
            var isFile = type == UInt8(DT_REG)
            if type == UInt8(DT_LNK) || type == UInt8(DT_UNKNOWN) {
                var s = stat()
                if type == UInt8(DT_LNK) {
                    guard let target = Self.realPath(path), Self.isInside(target, boundary) else {
                        notes.append("\(rel): symlink leaving the scanned folder, not followed")
                        continue
                    }
                }
                guard stat(path, &s) == 0 else { continue }
                isDirectory = (s.st_mode & S_IFMT) == S_IFDIR
                isFile = (s.st_mode & S_IFMT) == S_IFREG
            }
            if isDirectory {
                guard !Self.skippedFolders.contains(name) else { continue }
                let real = type == UInt8(DT_DIR) ? path : (Self.realPath(path) ?? path)
                guard visited.insert(real).inserted else { continue }
                walk(path, relative: rel, depth: depth + 1, visited: &visited)
            } else if isFile {
                if Self.isDockerfile(name) {
                    dockerfiles.append(rel)
                } else if Self.isComposeFile(name) {
                    composeFiles.append(rel)
                } else if Self.isCIFile(name, folder: relative) {
                    ciFiles.append(rel)
                }
            }
        }
    }

    /// The text of a repository file, or nil (with a note) when it is missing, outside the
    /// boundary, over 1 MB or not UTF-8.
    public mutating func read(_ relative: String) -> String? {
        let path = root + "/" + relative
        guard let real = Self.realPath(path), Self.isInside(real, boundary) else { return nil }
        var s = stat()
        guard stat(real, &s) == 0, (s.st_mode & S_IFMT) == S_IFREG else { return nil }
        if s.st_size > Self.maxFileBytes {
            let note = "\(relative): over 1 MB (\(s.st_size) bytes), skipped"
            if !notes.contains(note) { notes.append(note) }
            return nil
        }
        guard let data = FileManager.default.contents(atPath: real) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// Whether a regular file exists at the repository path, inside the boundary.
    public func exists(_ relative: String) -> Bool {
        guard let real = Self.realPath(root + "/" + relative), Self.isInside(real, boundary) else { return false }
        var s = stat()
        return stat(real, &s) == 0 && (s.st_mode & S_IFMT) == S_IFREG
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func isInside(_ path: String, _ folder: String) -> Bool {
        path == folder || path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
    }
}
