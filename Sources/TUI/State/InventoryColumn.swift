import Model

/// The Inventory's columns, in display order, which is also the order they give way in: when
/// the terminal is too narrow the last ones shown are left out first, so 80 columns keep
/// Project, Owner, Level and Status and 160 add the adoption flags. Each can be the sort key;
/// the raw value is the column's name in `.dockledger/ui.json`.
public enum InventoryColumn: String, CaseIterable, Sendable {
    case name, owner, level, status
    case nonRoot, multiStage
    case imageSize = "image"
    case minimalBase, secretsFree, healthcheck
    case critical, high
    case buildx, ghaCache
    case ciMultiArch = "multiArch"
    case cachedBuild = "cached"
    case dockerfileType = "dockerfile"
    case platforms = "arch"

    /// The header (short: the chooser shows `label`).
    public var title: String {
        switch self {
        case .name: "Project"
        case .owner: "Owner"
        case .level: "Level"
        case .status: "Status"
        case .imageSize: "Image"
        case .nonRoot: "Non-root"
        case .multiStage: "Multi-stage"
        case .minimalBase: "Minimal"
        case .secretsFree: "No secrets"
        case .healthcheck: "Health"
        case .critical: "Crit"
        case .high: "High"
        case .buildx: "Buildx"
        case .ghaCache: "GHA cache"
        case .ciMultiArch: "Multi-arch"
        case .cachedBuild: "Cached"
        case .dockerfileType: "Dockerfile"
        case .platforms: "Arch"
        }
    }

    /// What the column shows, in the words of the column chooser.
    public var label: String {
        switch self {
        case .name: "Project name"
        case .owner: "Owner (team)"
        case .level: "Adoption level (L0-L4)"
        case .status: "Status against the targets"
        case .imageSize: "Image size"
        case .nonRoot: "Runs as non-root"
        case .multiStage: "Multi-stage build"
        case .minimalBase: "Minimal base image"
        case .secretsFree: "No secrets in the image"
        case .healthcheck: "HEALTHCHECK"
        case .critical: "CRITICAL vulnerabilities"
        case .high: "HIGH vulnerabilities"
        case .buildx: "Docker Buildx in CI"
        case .ghaCache: "GHA cache in CI"
        case .ciMultiArch: "Multi-arch builds in CI"
        case .cachedBuild: "Build time (cached)"
        case .dockerfileType: "Dockerfile type"
        case .platforms: "Platforms"
        }
    }

    /// The project field the column shows, which `e` edits in place; nil for what is computed.
    public var field: ProjectField? { fieldID.map { ProjectField[$0] } }

    /// The project field the column shows; nil for what is computed.
    public var fieldID: ProjectFieldID? {
        switch self {
        case .name: .name
        case .owner: .owner
        case .level, .status: nil
        case .imageSize: .imageSizeMB
        case .nonRoot: .nonRoot
        case .multiStage: .multiStage
        case .minimalBase: .minimalBase
        case .secretsFree: .secretsFree
        case .healthcheck: .healthcheck
        case .critical: .vulnsCritical
        case .high: .vulnsHigh
        case .buildx: .buildx
        case .ghaCache: .ghaCache
        case .ciMultiArch: .multiArch
        case .cachedBuild: .buildTimeCachedS
        case .dockerfileType: .dockerfileType
        case .platforms: .platforms
        }
    }

    /// Project, Owner, Level and Status always stay (0); the others give way when the terminal is
    /// too narrow, the last in display order first.
    var dropOrder: Int {
        let place = Self.allCases.firstIndex(of: self)!
        return place <= Self.allCases.firstIndex(of: .status)! ? 0 : place
    }

    /// The project name is what a row is; it cannot be hidden.
    public var canHide: Bool { self != .name }

    /// The metric whose target grades the column's cells (nil: shown as plain values).
    var gradedBy: MetricID? {
        switch self {
        case .critical: .vulnsCritical
        case .high: .vulnsHigh
        case .name, .owner, .level, .status, .nonRoot, .multiStage, .imageSize, .minimalBase, .secretsFree,
            .healthcheck, .buildx, .ghaCache, .ciMultiArch, .cachedBuild, .dockerfileType, .platforms:
            nil
        }
    }
}
