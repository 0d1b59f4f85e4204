/// An image reference split as Docker reads it: `[host[:port]/]path[:tag][@digest]`. The first
/// part is a registry host only when it has a dot or a port or is `localhost`.
public struct ImageReference: Equatable, Sendable {
    public let host: String?
    public let path: String
    public let tag: String?

    public init(_ text: String) {
        var rest = Substring(text)
        if let at = rest.firstIndex(of: "@") { rest = rest[..<at] }
        var host: String?
        if let slash = rest.firstIndex(of: "/") {
            let first = rest[..<slash]
            if first.contains(".") || first.contains(":") || first == "localhost" {
                host = String(first)
                rest = rest[rest.index(after: slash)...]
            }
        }
        var tag: String?
        let lastComponentStart = rest.lastIndex(of: "/").map { rest.index(after: $0) } ?? rest.startIndex
        if let colon = rest[lastComponentStart...].lastIndex(of: ":") {
            tag = String(rest[rest.index(after: colon)...])
            rest = rest[..<colon]
        }
        self.host = host
        self.path = String(rest)
        self.tag = tag
    }

    /// The path and tag, without the registry host (what "minimal" and "nonroot" look at).
    public var pathAndTag: String { tag.map { "\(path):\($0)" } ?? path }

    private static let minimalWords = [
        "alpine", "slim", "distroless", "scratch", "busybox", "chainguard", "wolfi", "minimal", "micro",
    ]

    /// The path or tag names a small base image.
    public var isMinimal: Bool {
        let text = pathAndTag.lowercased()
        return Self.minimalWords.contains { text.contains($0) }
    }

    /// The image runs as a non-root user by default (`...:nonroot`, Chainguard images).
    public var isNonRootByDefault: Bool {
        pathAndTag.lowercased().contains("nonroot") || (host == "cgr.dev" && path.hasPrefix("chainguard/"))
    }
}
