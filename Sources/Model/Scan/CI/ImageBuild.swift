/// A file and line in a repository, e.g. `.github/workflows/release.yml:31`.
public struct SourceLocation: Equatable, Hashable, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int?
    public init(_ file: String, line: Int?) {
        self.file = file
        self.line = line
    }
    public var description: String { line.map { "\(file):\($0)" } ?? file }
}

/// One image build found in CI.
public struct ImageBuild: Equatable, Sendable {
    public enum Kind: String, Sendable {
        case buildPushAction = "docker/build-push-action"
        case bakeAction = "docker/bake-action"
        case runLine = "run line"
        case otherAction = "build action"
        case reusableWorkflow = "reusable workflow"
    }

    public let kind: Kind
    public let location: SourceLocation
    /// The Dockerfile given as a literal path relative to the repository root, `./` dropped.
    public var dockerfile: String?
    /// The build context when it is a literal local path (`.` when not given).
    public var context: String? = "."
    /// Whether the build gave its own Dockerfile at all (a literal or not).
    public var namesDockerfile = false
    public var platforms: [String] = []
    public var pushes = false
    /// Image names the build pushes, with unknown parts marked.
    public var tags: [String] = []
    public var ghaCache = false

    public init(kind: Kind, location: SourceLocation) {
        self.kind = kind
        self.location = location
    }

    /// The Dockerfile this build reads, relative to the repository root, when it is known.
    public var dockerfilePath: String? {
        if namesDockerfile { return dockerfile }
        guard let context else { return nil }
        return RepositoryPath.normalize(context == "." ? "Dockerfile" : context + "/Dockerfile")
    }
}

/// Relative paths as CI writes them: `./` dropped, `a/./b` and `a/../b` folded; nil when the path
/// is not a literal local path inside the repository.
public enum RepositoryPath {
    public static func normalize(_ path: String) -> String? {
        let trimmed = path.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, PartialText.isLiteral(trimmed), !trimmed.hasPrefix("/"), !trimmed.contains("://"),
            !trimmed.hasPrefix("git@"), !trimmed.contains("{{")
        else { return nil }
        var parts: [Substring] = []
        for part in trimmed.split(separator: "/") {
            if part == "." || part.isEmpty { continue }
            if part == ".." {
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            } else {
                parts.append(part)
            }
        }
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }
}
