/// Reads and writes a project's fact fields by `FactField`, so scans and imports can compare
/// what the ledger holds with what they found.
extension Project {
    public func value(of field: FactField) -> FactValue? {
        if field == .docker { return docker == nil ? nil : .flag(true) }
        let d = docker
        switch field {
        case .docker: return nil
        case .dockerfileType: return d?.dockerfileType.map { .text($0.rawValue) }
        case .multiStage: return d?.multiStage.map(FactValue.flag)
        case .baseImage: return d?.baseImage.map(FactValue.text)
        case .minimalBase: return d?.minimalBase.map(FactValue.flag)
        case .nonRoot: return d?.nonRoot.map(FactValue.flag)
        case .healthcheck: return d?.healthcheck.map(FactValue.flag)
        case .secretsFree: return d?.secretsFree.map(FactValue.flag)
        case .compose: return d?.compose.map(FactValue.flag)
        case .volumes: return d?.volumes.map(FactValue.flag)
        case .ciEnabled: return ci?.enabled.map(FactValue.flag)
        case .buildx: return ci?.buildx.map(FactValue.flag)
        case .ghaCache: return ci?.ghaCache.map(FactValue.flag)
        case .platforms: return d?.platforms.map(FactValue.list)
        case .multiArch: return ci?.multiArch.map(FactValue.flag)
        case .registryName: return d?.registry.map { .text($0.name) }
        case .automatedReleases: return d?.automatedReleases.map(FactValue.flag)
        case .vulnerabilities: return d?.vulnerabilities.map(FactValue.vulnerabilities)
        case .imageSizeMB: return d?.imageSizeMB.map(FactValue.number)
        case .layers: return d?.layers.map(FactValue.count)
        case .lint: return d?.lint.map(FactValue.lint)
        }
    }

    /// Sets a field; a value of the wrong kind for the field is ignored.
    public mutating func set(_ field: FactField, to value: FactValue) {
        if field == .docker {
            if case .flag(true) = value, docker == nil { docker = DockerSetup() }
            return
        }
        if field.rawValue.hasPrefix("ci.") {
            var c = ci ?? CISetup()
            guard case .flag(let b) = value else { return }
            switch field {
            case .ciEnabled: c.enabled = b
            case .buildx: c.buildx = b
            case .ghaCache: c.ghaCache = b
            case .multiArch: c.multiArch = b
            default: return
            }
            ci = c
            return
        }
        var d = docker ?? DockerSetup()
        switch (field, value) {
        case (.dockerfileType, .text(let t)): d.dockerfileType = DockerfileType(rawValue: t)
        case (.multiStage, .flag(let b)): d.multiStage = b
        case (.baseImage, .text(let t)): d.baseImage = t
        case (.minimalBase, .flag(let b)): d.minimalBase = b
        case (.nonRoot, .flag(let b)): d.nonRoot = b
        case (.healthcheck, .flag(let b)): d.healthcheck = b
        case (.secretsFree, .flag(let b)): d.secretsFree = b
        case (.compose, .flag(let b)): d.compose = b
        case (.volumes, .flag(let b)): d.volumes = b
        case (.platforms, .list(let l)): d.platforms = l
        case (.registryName, .text(let t)):
            if d.registry == nil { d.registry = RegistryUsage(name: t) } else { d.registry!.name = t }
        case (.automatedReleases, .flag(let b)): d.automatedReleases = b
        case (.vulnerabilities, .vulnerabilities(let v)): d.vulnerabilities = v
        case (.imageSizeMB, .number(let n)): d.imageSizeMB = n
        case (.layers, .count(let n)): d.layers = n
        case (.lint, .lint(let l)): d.lint = l
        default: return
        }
        docker = d
    }

    /// Whether a person set this field: marked `manual`, or holding a value no scan or import
    /// wrote (typed before sources were kept). Such a value is never overwritten silently.
    public func isManual(_ field: FactField) -> Bool {
        let key = field.rawValue
        if sources[key]?.from == .manual { return true }
        if sources.contains(where: { $0.key.hasPrefix(key + ".") && $0.value.from == .manual }) { return true }
        return sources[key] == nil && value(of: field) != nil && field != .docker
    }
}
