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

    /// Sets a field; a value of the wrong kind for the field is ignored (and makes no group).
    /// Every field is listed: a new one does not compile until it says where it goes.
    public mutating func set(_ field: FactField, to value: FactValue) {
        switch field {
        case .docker: if case .flag(true) = value, docker == nil { docker = DockerSetup() }
        case .ciEnabled: editCI(value.flag) { $0.enabled = $1 }
        case .buildx: editCI(value.flag) { $0.buildx = $1 }
        case .ghaCache: editCI(value.flag) { $0.ghaCache = $1 }
        case .multiArch: editCI(value.flag) { $0.multiArch = $1 }
        case .dockerfileType: editDocker(value.text) { $0.dockerfileType = DockerfileType(rawValue: $1) }
        case .multiStage: editDocker(value.flag) { $0.multiStage = $1 }
        case .baseImage: editDocker(value.text) { $0.baseImage = $1 }
        case .minimalBase: editDocker(value.flag) { $0.minimalBase = $1 }
        case .nonRoot: editDocker(value.flag) { $0.nonRoot = $1 }
        case .healthcheck: editDocker(value.flag) { $0.healthcheck = $1 }
        case .secretsFree: editDocker(value.flag) { $0.secretsFree = $1 }
        case .compose: editDocker(value.flag) { $0.compose = $1 }
        case .volumes: editDocker(value.flag) { $0.volumes = $1 }
        case .platforms: editDocker(value.list) { $0.platforms = $1 }
        case .registryName:
            editDocker(value.text) { d, name in
                if d.registry == nil { d.registry = RegistryUsage(name: name) } else { d.registry!.name = name }
            }
        case .automatedReleases: editDocker(value.flag) { $0.automatedReleases = $1 }
        case .vulnerabilities: editDocker(value.vulnerabilities) { $0.vulnerabilities = $1 }
        case .imageSizeMB: editDocker(value.number) { $0.imageSizeMB = $1 }
        case .layers: editDocker(value.count) { $0.layers = $1 }
        case .lint: editDocker(value.lint) { $0.lint = $1 }
        }
    }

    /// Sets a Docker fact when the value is of the field's kind, creating the group.
    private mutating func editDocker<T>(_ value: T?, _ change: (inout DockerSetup, T) -> Void) {
        guard let value else { return }
        var d = docker ?? DockerSetup()
        change(&d, value)
        docker = d
    }

    /// Sets a CI fact when the value is a flag, creating the group.
    private mutating func editCI(_ value: Bool?, _ change: (inout CISetup, Bool) -> Void) {
        guard let value else { return }
        var c = ci ?? CISetup()
        change(&c, value)
        ci = c
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
