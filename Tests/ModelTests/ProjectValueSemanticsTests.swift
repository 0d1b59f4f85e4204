import Testing

@testable import Model

/// A project shares its fields with its copies until one of them changes (copy on write):
/// it must still behave as a plain value, every change staying in the copy it was made to.
@Suite struct ProjectValueSemanticsTests {
    private static let original: Project = {
        var p = dockerProject("api", created: "2026-01-02", status: .active, ci: CISetup(enabled: true)) {
            $0.multiStage = true
            $0.imageSizeMB = 120
            $0.platforms = ["linux/amd64"]
            $0.registry = RegistryUsage(name: "ghcr.io", imagesPushed: 3)
        }
        p.owner = "platform"
        p.repository = "repos/api"
        p.sources = ["docker.multiStage": FactSource(from: .scan, at: "2026-11-01")]
        p.unknownKeys = ["extra": .string("kept")]
        return p
    }()

    /// Every kind of change, one at a time, each made to a copy.
    private static let changes: [(String, @Sendable (inout Project) -> Void)] = [
        ("name", { $0.name = "renamed" }),
        ("owner", { $0.owner = nil }),
        ("choraBaseVersion", { $0.choraBaseVersion = "2.0" }),
        ("createdAt", { $0.createdAt = "2020-01-01" }),
        ("status", { $0.status = .archived }),
        ("docker", { $0.docker = nil }),
        ("docker.imageSizeMB", { $0.docker?.imageSizeMB = 1 }),
        ("docker.platforms", { $0.docker?.platforms?.append("linux/arm64") }),
        ("docker.registry.name", { $0.docker?.registry?.name = "docker.io" }),
        ("ci.enabled", { $0.ci?.enabled = false }),
        ("repository", { $0.repository = nil }),
        ("sources", { $0.sources["docker.nonRoot"] = FactSource(from: .manual) }),
        ("unknownKeys", { $0.unknownKeys.removeAll() }),
        ("key path", { $0[keyPath: \Project.owner] = "written through a key path" }),
    ]

    @Test(arguments: changes.indices)
    func changingACopyLeavesTheOriginalAlone(change: Int) {
        let (what, apply) = Self.changes[change]
        let original = Self.original
        let kept = Self.original
        var copy = original
        apply(&copy)
        #expect(copy != original, "\(what)")
        #expect(original == kept, "\(what)")
        #expect(original.owner == "platform" && original.docker?.imageSizeMB == 120, "\(what)")
        #expect(original.docker?.platforms == ["linux/amd64"] && original.unknownKeys.count == 1, "\(what)")
    }

    @Test func anArrayCopyKeepsItsProjects() {
        let projects = [Self.original, plainProject("web")]
        var edited = projects
        edited[0].docker?.nonRoot = true
        edited[1].status = .archived
        #expect(projects[0].docker?.nonRoot == nil)
        #expect(projects[1].status == nil)
        #expect(edited[0].docker?.nonRoot == true && edited[1].status == .archived)
        // The one that was not changed is still equal to its original.
        var partly = projects
        partly[1].owner = "web-team"
        #expect(partly[0] == projects[0] && partly[1] != projects[1])
    }

    @Test func projectsBuiltApartAreEqualWhenTheirFieldsAre() {
        var a = plainProject("same")
        var b = plainProject("same")
        #expect(a == b)
        a.docker = DockerSetup()
        #expect(a != b)
        b.docker = DockerSetup()
        #expect(a == b)
    }

    @Test func anEditAndItsUndoLeaveTheEarlierLedgerAsItWas() {
        let before = ledger([Self.original, plainProject("web")])
        var after = before
        var changed = after.projects[0]
        changed.docker?.imageSizeMB = 999
        let undo = LedgerEdit.replaceProject(changed, at: 0).apply(to: &after)
        #expect(before.projects[0].docker?.imageSizeMB == 120)
        #expect(after.projects[0].docker?.imageSizeMB == 999)
        undo.apply(to: &after)
        #expect(after == before)
    }

    /// Reflection shows the fields, not the box: the field table's coverage test lists a
    /// project's properties this way.
    @Test func reflectionListsTheFields() {
        let labels = Mirror(reflecting: Self.original).children.compactMap(\.label)
        #expect(
            labels == [
                "name", "owner", "choraBaseVersion", "createdAt", "status", "docker", "ci", "repository", "sources",
                "unknownKeys",
            ])
        #expect(Mirror(reflecting: Self.original).displayStyle == .struct)
    }
}

/// Looking a project up by name is case-insensitive, as `lowercased()` compares, without
/// lowercasing every name.
@Suite struct ProjectNameLookupTests {
    @Test(arguments: [
        ("api", "API", true), ("Api-Gateway", "api-gateway", true), ("project-1", "project-10", false),
        ("project-10", "project-1", false), ("", "", true), ("a", "", false), ("kafka", "\u{212A}afka", true),
        ("über", "Über", true), ("uber", "Über", false), ("straße", "STRASSE", false), ("a-b", "a_b", false),
        ("caf\u{E9}", "CAF\u{C9}", true),
    ])
    func namesMatchAsTheirLowercaseDoes(key: String, name: String, expected: Bool) {
        #expect(CaseFoldedName(key).matches(name) == expected)
        #expect((key.lowercased() == name.lowercased()) == expected)
    }

    @Test func projectIndexFindsTheProjectWhateverItsCase() {
        let l = ledger([plainProject("web"), plainProject("Kafka-Connectors"), plainProject("\u{212A}elvin")])
        #expect(l.projectIndex(named: "kafka-connectors") == 1)
        #expect(l.projectIndex(named: "KELVIN") == 2)
        #expect(l.projectIndex(named: "kafka") == nil)
        #expect(l.project(named: "WEB")?.name == "web")
    }
}
