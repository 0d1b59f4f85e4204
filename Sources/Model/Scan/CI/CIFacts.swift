/// What a repository's CI files say about its image builds, in the order the facts are taken:
/// workflow files by path, then jobs, then steps.
public struct CIFacts: Sendable {
    public var hasCIFiles = false
    public var builds: [ImageBuild] = []
    /// Images pushed (tags of pushing builds, `docker push` lines), in order.
    public var pushedImages: [(image: String, location: SourceLocation)] = []
    /// The first `docker/login-action` step's registry ("" when it names none: Docker Hub).
    public var loginRegistry: (registry: String, location: SourceLocation)?
    public var buildx: SourceLocation?
    public var ghaCache: SourceLocation?
    /// A workflow that runs on tags or releases and pushes an image there.
    public var automatedRelease: SourceLocation?
    /// The first file that is not YAML, if any (reported, not fatal).
    public var unreadable: [String] = []

    public init() {}

    /// Reads CI files; `files` are repository-relative paths, `read` gives a file's text (nil
    /// when skipped), `exists` whether a repository file exists (for bake files).
    public init(files: [String], read: (String) -> String?) {
        for file in files.sorted() {
            guard let text = read(file) else { continue }
            hasCIFiles = true
            guard let tree = YAMLTree.parse(text) else {
                unreadable.append(file)
                continue
            }
            if file.hasSuffix(".gitlab-ci.yml") {
                readGitLab(tree, file: file)
            } else {
                readWorkflow(tree, file: file, read: read)
            }
        }
    }

    // MARK: GitHub Actions

    private mutating func readWorkflow(_ tree: YAMLTree, file: String, read: (String) -> String?) {
        let onTags = Self.runsOnTagsOrRelease(tree["on"])
        var pushesHere: SourceLocation?
        let workflowEnv = Self.env(tree["env"])
        for (_, job) in tree["jobs"]?.pairs ?? [] {
            let matrix = Self.matrix(job["strategy"]?["matrix"])
            var jobEnv = workflowEnv
            for (k, v) in Self.env(job["env"]) { jobEnv[k] = v }
            let jobScope = ExpressionScope(env: jobEnv, matrix: matrix)
            if let uses = job["uses"]?.text, uses.lowercased().contains("docker") {
                let location = SourceLocation(file, line: job["uses"]?.line)
                var build = ImageBuild(kind: .reusableWorkflow, location: location)
                if !uses.hasPrefix("./"), let with = job["with"] {
                    Self.readBuildInputs(with, scope: jobScope, into: &build)
                }
                build.pushes = true
                record(build)
                pushesHere = pushesHere ?? location
            }
            for step in job["steps"]?.items ?? [] {
                var env = jobEnv
                for (k, v) in Self.env(step["env"]) { env[k] = v }
                let scope = ExpressionScope(env: env, matrix: matrix)
                if let usesNode = step["uses"], let uses = usesNode.text {
                    let location = SourceLocation(file, line: usesNode.line)
                    let action = (uses.split(separator: "@").first.map(String.init) ?? uses).lowercased()
                    let with = step["with"]
                    for key in ["cache-from", "cache-to"] {
                        if let value = with?[key]?.text, value.contains("type=gha") {
                            ghaCache = ghaCache ?? SourceLocation(file, line: with?[key]?.line)
                        }
                    }
                    if action == "docker/setup-buildx-action" { buildx = buildx ?? location }
                    if action == "docker/login-action", loginRegistry == nil {
                        let registry = with?["registry"]?.text.flatMap { scope.resolve($0).first } ?? ""
                        loginRegistry = (registry, location)
                    }
                    if action == "docker/build-push-action" {
                        buildx = buildx ?? location
                        var build = ImageBuild(kind: .buildPushAction, location: location)
                        if let with { Self.readBuildInputs(with, scope: scope, into: &build) }
                        if build.pushes { pushesHere = pushesHere ?? location }
                        record(build)
                    } else if action.hasPrefix("docker/bake-action") {
                        buildx = buildx ?? location
                        for build in Self.bakeBuilds(with, scope: scope, location: location, read: read) {
                            if build.pushes { pushesHere = pushesHere ?? location }
                            record(build)
                        }
                    } else if ["docker-build", "build-push", "buildah-build", "kaniko"].contains(where: {
                        action.contains($0)
                    }) {
                        record(ImageBuild(kind: .otherAction, location: location))
                    }
                }
                if let runNode = step["run"], let run = runNode.text {
                    if let location = readRun(run, scope: scope, file: file, line: runNode.line) {
                        pushesHere = pushesHere ?? location
                    }
                }
            }
        }
        if onTags, let pushesHere, automatedRelease == nil { automatedRelease = pushesHere }
    }

    /// Adds a build, its pushed tags and its cache use.
    private mutating func record(_ build: ImageBuild) {
        builds.append(build)
        if build.pushes { pushedImages += build.tags.map { ($0, build.location) } }
        if build.ghaCache { ghaCache = ghaCache ?? build.location }
    }

    /// Reads a run/script text; returns the location of a push in it, if any.
    private mutating func readRun(_ text: String, scope: ExpressionScope, file: String, line: Int) -> SourceLocation? {
        // A block scalar (`run: |`) starts on the line after the key.
        let first = text.contains("\n") ? line + 1 : line
        let alternatives = scope.resolve(text)
        var found = RunLines.read(alternatives[0], file: file, firstLine: first)
        for other in alternatives.dropFirst() {
            let more = RunLines.read(other, file: file, firstLine: first)
            for (i, build) in more.builds.enumerated() where i < found.builds.count {
                found.builds[i].platforms += build.platforms.filter { !found.builds[i].platforms.contains($0) }
            }
        }
        if found.usesBuildx { buildx = buildx ?? SourceLocation(file, line: first) }
        var pushedAt: SourceLocation?
        for build in found.builds {
            record(build)
            if build.pushes { pushedAt = pushedAt ?? build.location }
        }
        for push in found.pushes {
            let location = SourceLocation(file, line: push.line)
            pushedImages.append((push.image, location))
            pushedAt = pushedAt ?? location
        }
        return pushedAt
    }

    /// build-push-action's inputs (and a reusable build workflow's `with:`, read the same way).
    static func readBuildInputs(_ with: YAMLTree, scope: ExpressionScope, into build: inout ImageBuild) {
        // A list given where the action wants comma/newline-separated text is read the same way.
        func values(_ key: String) -> [String] {
            guard let node = with[key] else { return [] }
            return scope.resolve(node.text ?? node.texts.joined(separator: "\n"))
        }
        if let file = values("file").first {
            build.namesDockerfile = true
            build.dockerfile = RepositoryPath.normalize(file)
        }
        if let context = values("context").first { build.context = RepositoryPath.normalize(context) }
        build.platforms = unique(values("platforms").flatMap(PartialText.splitList).filter(PartialText.isLiteral))
        build.tags = values("tags").flatMap(PartialText.splitList)
        if let push = with["push"]?.text {
            build.pushes = push.lowercased() == "true" || push.contains("${{")
        }
        if values("outputs").contains(where: { $0.contains("push=true") }) { build.pushes = true }
        if (values("cache-from") + values("cache-to")).contains(where: { $0.contains("type=gha") }) {
            build.ghaCache = true
        }
    }

    private static let defaultBakeFiles = [
        "docker-bake.json", "docker-bake.override.json", "docker-bake.hcl", "docker-bake.override.hcl",
    ]

    /// One build per target of the bake file(s) the step reads.
    static func bakeBuilds(
        _ with: YAMLTree?, scope: ExpressionScope, location: SourceLocation, read: (String) -> String?
    ) -> [ImageBuild] {
        func values(_ key: String) -> [String] {
            (with?[key]?.text.map { scope.resolve($0) } ?? []).flatMap(PartialText.splitList).filter(
                PartialText.isLiteral)
        }
        let named = values("files").compactMap(RepositoryPath.normalize)
        let files = named.isEmpty ? defaultBakeFiles : named
        let wanted = Set(values("targets"))
        var overrides = ImageBuild(kind: .bakeAction, location: location)
        for line in (with?["set"]?.text.map { scope.resolve($0) } ?? []).flatMap({
            $0.split(separator: "\n").map(String.init)
        }) {
            guard let eq = line.firstIndex(of: "=") else { continue }
            let key = line[..<eq].split(separator: ".").last.map(String.init) ?? ""
            let value = String(line[line.index(after: eq)...])
            if key == "platform" { overrides.platforms += PartialText.splitList(value).filter(PartialText.isLiteral) }
            if key.hasPrefix("cache-"), value.contains("type=gha") { overrides.ghaCache = true }
        }
        let pushes = with?["push"]?.text.map { $0.lowercased() == "true" || $0.contains("${{") } ?? false
        var targets: [BakeFile.Target] = []
        for file in files {
            guard let text = read(file) else { continue }
            targets += BakeFile(text: text, isJSON: file.hasSuffix(".json")).targets
        }
        let chosen = targets.filter { wanted.contains($0.name) }
        var builds: [ImageBuild] = []
        for target in chosen.isEmpty ? targets : chosen {
            var build = ImageBuild(kind: .bakeAction, location: location)
            build.context = target.context.flatMap(RepositoryPath.normalize) ?? (target.context == nil ? "." : nil)
            if let dockerfile = target.dockerfile {
                build.namesDockerfile = true
                // A bake target's Dockerfile is relative to its context.
                let context = build.context ?? "."
                build.dockerfile = RepositoryPath.normalize(context == "." ? dockerfile : context + "/" + dockerfile)
            }
            build.platforms =
                overrides.platforms.isEmpty ? target.platforms.filter(PartialText.isLiteral) : overrides.platforms
            build.tags = target.tags
            build.pushes = pushes
            build.ghaCache = overrides.ghaCache || target.cacheEntries.contains { $0.contains("type=gha") }
            builds.append(build)
        }
        if builds.isEmpty {
            overrides.pushes = pushes
            builds.append(overrides)
        }
        return builds
    }

    static func unique(_ values: [String]) -> [String] {
        var seen: Set<String> = []
        return values.filter { seen.insert($0).inserted }
    }

    /// `env:` values as written; expressions in them are resolved where they are used.
    static func env(_ node: YAMLTree?) -> [String: String] {
        var result: [String: String] = [:]
        for (key, value) in node?.pairs ?? [] {
            if let text = value.text { result[key] = text }
        }
        return result
    }

    /// Every value of each matrix key, `include:` entries too; nothing for an expression matrix.
    static func matrix(_ node: YAMLTree?) -> [String: [String]] {
        var result: [String: [String]] = [:]
        for (key, value) in node?.pairs ?? [] {
            if key == "include" {
                for entry in value.items {
                    for (k, v) in entry.pairs { if let t = v.text { result[k, default: []].append(t) } }
                }
            } else if key != "exclude" {
                result[key, default: []] += value.texts
            }
        }
        return result.mapValues(unique)
    }

    /// `on: release`, `on: [release]`, `on: {release: ...}` or `on: {push: {tags: ...}}`.
    static func runsOnTagsOrRelease(_ on: YAMLTree?) -> Bool {
        guard let on else { return false }
        switch on {
        case .scalar(let s, _): return s == "release"
        case .list: return on.texts.contains("release")
        case .map(let pairs, _):
            if pairs.contains(where: { $0.key == "release" }) { return true }
            return on["push"]?["tags"] != nil
        }
    }

    // MARK: GitLab CI

    private static let gitLabReserved: Set<String> = [
        "stages", "variables", "include", "default", "workflow", "image", "services",
        "before_script", "after_script", "cache",
    ]

    private mutating func readGitLab(_ tree: YAMLTree, file: String) {
        for (name, job) in tree.pairs where !Self.gitLabReserved.contains(name) && !name.hasPrefix(".") {
            guard case .map = job else { continue }
            var pushedAt: SourceLocation?
            for key in ["before_script", "script", "after_script"] {
                guard let node = job[key] else { continue }
                let lines: [YAMLTree] = node.text != nil ? [node] : node.items
                for line in lines {
                    guard let text = line.text else { continue }
                    if let at = readRun(text, scope: ExpressionScope(), file: file, line: line.line) {
                        pushedAt = pushedAt ?? at
                    }
                }
            }
            if let pushedAt, automatedRelease == nil, Self.gitLabRunsOnTags(job) { automatedRelease = pushedAt }
        }
    }

    /// `only: [tags]` / `only: {refs: [tags]}` or a rule on `$CI_COMMIT_TAG`.
    static func gitLabRunsOnTags(_ job: YAMLTree) -> Bool {
        if let only = job["only"], only.texts.contains("tags") || only["refs"]?.texts.contains("tags") == true {
            return true
        }
        return job["rules"]?.items.contains {
            ($0["if"]?.text ?? "").contains("CI_COMMIT_TAG") && $0["when"]?.text != "never"
        } ?? false
    }
}
