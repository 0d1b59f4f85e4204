/// What one compose file says: services that build an image, their health checks, volumes.
public struct ComposeFacts: Equatable, Sendable {
    /// The first service's `build:` line, when a service builds an image.
    public var buildLine: Int?
    /// A building service's `healthcheck` that is not `disable: true`.
    public var healthcheckLine: Int?
    /// A service's `volumes` or the top-level `volumes`.
    public var volumesLine: Int?

    public init(_ tree: YAMLTree?) {
        guard let tree else { return }
        if let volumes = tree["volumes"], volumes.hasContent { volumesLine = volumes.line }
        for (_, service) in tree["services"]?.pairs ?? [] {
            if let volumes = service["volumes"], volumes.hasContent, volumesLine == nil { volumesLine = volumes.line }
            guard let build = service["build"], build.hasContent else { continue }
            if buildLine == nil { buildLine = build.line }
            if let check = service["healthcheck"], healthcheckLine == nil {
                let disabled = check["disable"]?.text.map { ["true", "yes", "on"].contains($0.lowercased()) } ?? false
                if !disabled { healthcheckLine = check.line }
            }
        }
    }
}
