/// Every fact a repository's Dockerfiles, compose files and CI workflows state, by the scan
/// rules (see docs/SCAN.md). A fact the files do not show is not in the list: it stays unknown.
public struct RepositoryFacts: Equatable, Sendable {
    public let facts: [Fact]
    /// The Dockerfile the Dockerfile facts were read from, if any.
    public let productionDockerfile: String?
    public let builds: [ImageBuild]
    public let notes: [String]

    public init(_ files: RepositoryFiles) {
        var files = files
        var facts: [Fact] = []
        var notes: [String] = []
        func add(_ field: FactField, _ value: FactValue, _ location: SourceLocation?) {
            facts.append(Fact(field, value, at: location))
        }

        let ci = CIFacts(files: files.ciFiles, read: { files.read($0) })
        notes += ci.unreadable.map { "\($0): not valid YAML, not read" }

        // Compose files, by path.
        var composes: [(file: String, facts: ComposeFacts)] = []
        for file in files.composeFiles {
            guard let text = files.read(file) else { continue }
            let tree = YAMLTree.parse(text)
            if tree == nil { notes.append("\(file): not valid YAML, not read") }
            composes.append((file, ComposeFacts(tree)))
        }
        let composeBuild = composes.first { $0.facts.buildLine != nil }

        // docker, dockerfileType
        let production = files.dockerfiles.filter { !RepositoryFiles.isTestDockerfile($0) }
        let tests = files.dockerfiles.filter(RepositoryFiles.isTestDockerfile)
        if let first = files.dockerfiles.first {
            add(.docker, .flag(true), SourceLocation(first, line: nil))
        } else if let composeBuild {
            add(.docker, .flag(true), SourceLocation(composeBuild.file, line: composeBuild.facts.buildLine))
        }
        if !files.dockerfiles.isEmpty {
            let type: DockerfileType = production.isEmpty ? .test : (tests.isEmpty ? .production : .both)
            add(.dockerfileType, .text(type.rawValue), SourceLocation((production.first ?? tests[0]), line: nil))
        }

        // The production Dockerfile: the first CI build's, else one at the root, else the shallowest.
        var chosen: String?
        if let path = ci.builds.first?.dockerfilePath, files.exists(path) { chosen = path }
        if chosen == nil { chosen = ["Dockerfile", "Containerfile"].first { files.dockerfiles.contains($0) } }
        if chosen == nil {
            chosen = production.min { a, b in
                let (da, db) = (a.split(separator: "/").count, b.split(separator: "/").count)
                return da != db ? da < db : a < b
            }
        }
        var dockerfileHealthcheck: Fact?
        if !production.isEmpty, let chosen, let text = files.read(chosen) {
            let d = DockerfileFacts(Dockerfile(text))
            func at(_ finding: LineFinding<Bool>?) -> SourceLocation? {
                finding.map { SourceLocation(chosen, line: $0.line) }
            }
            if let f = d.multiStage { add(.multiStage, .flag(f.value), at(f)) }
            if let f = d.baseImage { add(.baseImage, .text(f.value), SourceLocation(chosen, line: f.line)) }
            if let f = d.minimalBase { add(.minimalBase, .flag(f.value), at(f)) }
            if let f = d.nonRoot { add(.nonRoot, .flag(f.value), at(f)) }
            if let f = d.healthcheck { dockerfileHealthcheck = Fact(.healthcheck, .flag(f.value), at: at(f)) }
            if let f = d.secretsFree { add(.secretsFree, .flag(f.value), at(f)) }
        } else {
            chosen = nil
        }
        // healthcheck: the Dockerfile's, or a building compose service's.
        if dockerfileHealthcheck?.value != .flag(true),
            let c = composes.first(where: { $0.facts.healthcheckLine != nil })
        {
            add(.healthcheck, .flag(true), SourceLocation(c.file, line: c.facts.healthcheckLine))
        } else if let dockerfileHealthcheck {
            facts.append(dockerfileHealthcheck)
        }

        // compose, volumes
        if let first = composes.first {
            add(.compose, .flag(true), SourceLocation(first.file, line: nil))
            if let v = composes.first(where: { $0.facts.volumesLine != nil }) {
                add(.volumes, .flag(true), SourceLocation(v.file, line: v.facts.volumesLine))
            } else {
                add(.volumes, .flag(false), SourceLocation(first.file, line: nil))
            }
        } else {
            add(.compose, .flag(false), nil)
            add(.volumes, .flag(false), nil)
        }

        // CI
        let firstCI = files.ciFiles.first.map { SourceLocation($0, line: nil) }
        if let build = ci.builds.first {
            add(.ciEnabled, .flag(true), build.location)
        } else {
            add(.ciEnabled, .flag(false), firstCI)
        }
        if ci.hasCIFiles {
            add(.buildx, .flag(ci.buildx != nil), ci.buildx ?? firstCI)
            add(.ghaCache, .flag(ci.ghaCache != nil), ci.ghaCache ?? firstCI)
            let platforms = CIFacts.unique(ci.builds.flatMap(\.platforms).filter(LedgerValidator.isPlatform))
            let platformBuild = ci.builds.first { !$0.platforms.isEmpty }
            if !platforms.isEmpty { add(.platforms, .list(platforms), platformBuild?.location) }
            add(.multiArch, .flag(platforms.count >= 2), platformBuild?.location ?? firstCI)
            if let pushed = ci.pushedImages.first(where: { RegistryName.ofImage($0.image) != nil }) {
                add(.registryName, .text(RegistryName.ofImage(pushed.image)!), pushed.location)
            } else if let login = ci.loginRegistry, let name = RegistryName.ofHost(login.registry) {
                add(.registryName, .text(name), login.location)
            }
        }
        add(.automatedReleases, .flag(ci.automatedRelease != nil), ci.automatedRelease ?? firstCI)

        self.facts = facts
        self.productionDockerfile = chosen
        self.builds = ci.builds
        self.notes = files.notes + notes
    }
}
