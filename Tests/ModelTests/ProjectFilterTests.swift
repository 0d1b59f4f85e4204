import Testing

@testable import Model

/// The Inventory filter's grammar: every kind of term, the errors, and what each term matches
/// on the demo ledger (checked against the ledger's own values, not the filter's code).
@Suite struct ProjectFilterGrammarTests {
    func parsed(_ text: String) throws -> [ProjectFilter.Term] { try ProjectFilter.parse(text).terms }

    func error(_ text: String) -> FilterError? {
        do {
            _ = try ProjectFilter.parse(text)
            return nil
        } catch {
            return error
        }
    }

    @Test func plainTextAndQuotedText() throws {
        #expect(try parsed("Web") == [.init(negated: false, test: .text("web"))])
        #expect(try parsed("\"python:3.12\"") == [.init(negated: false, test: .text("python:3.12"))])
        #expect(
            try parsed("\"a b\" c") == [
                .init(negated: false, test: .text("a b")), .init(negated: false, test: .text("c")),
            ])
        // A quote still being typed is text so far, not an error.
        #expect(try parsed("\"node:2") == [.init(negated: false, test: .text("node:2"))])
        #expect(try parsed("feature-store") == [.init(negated: false, test: .text("feature-store"))])
        #expect(try parsed("   ").isEmpty)
    }

    @Test func keywordsAndNegation() throws {
        #expect(try parsed("stale") == [.init(negated: false, test: .keyword(.stale))])
        #expect(try parsed("MANUAL-ONLY") == [.init(negated: false, test: .keyword(.manualOnly))])
        #expect(
            try parsed("!archived active") == [
                .init(negated: true, test: .keyword(.archived)), .init(negated: false, test: .keyword(.active)),
            ])
    }

    @Test func flagFieldsByEveryNameATableRowHas() throws {
        let nonRootNo = ProjectFilter.Term(negated: false, test: .field(id: .nonRoot, .equals("no")))
        for text in ["nonroot:no", "non-root:no", "nonRoot=no", "docker.nonRoot:n", "NONROOT:false"] {
            #expect(try parsed(text) == [nonRootNo], "\(text)")
        }
        #expect(
            try parsed("multistage:yes") == [
                .init(negated: false, test: .field(id: .multiStage, .equals("yes")))
            ])
        #expect(try parsed("buildx!=yes") == [.init(negated: false, test: .field(id: .buildx, .notEquals("yes")))])
        #expect(try parsed("docker:no") == [.init(negated: false, test: .field(id: .usesDocker, .equals("no")))])
        #expect(try parsed("nonroot:?") == [.init(negated: false, test: .field(id: .nonRoot, .isUnknown))])
        #expect(try parsed("nonroot!=?") == [.init(negated: true, test: .field(id: .nonRoot, .isUnknown))])
    }

    @Test func textChoiceNumberDayAndLevelFields() throws {
        #expect(try parsed("owner:Data") == [.init(negated: false, test: .field(id: .owner, .contains("data")))])
        #expect(try parsed("owner=data") == [.init(negated: false, test: .field(id: .owner, .equals("data")))])
        #expect(
            try parsed("status:archived") == [.init(negated: false, test: .field(id: .status, .equals("archived")))])
        #expect(
            try parsed("dockerfile:production")
                == [.init(negated: false, test: .field(id: .dockerfileType, .equals("production")))])
        #expect(
            try parsed("image>250") == [
                .init(negated: false, test: .field(id: .imageSizeMB, .number(.greater, 250)))
            ])
        #expect(
            try parsed("image-size-mb<=100.5")
                == [.init(negated: false, test: .field(id: .imageSizeMB, .number(.lessOrEqual, 100.5)))])
        #expect(
            try parsed("critical>=1")
                == [
                    .init(
                        negated: false, test: .field(id: .vulnsCritical, .number(.greaterOrEqual, 1))
                    )
                ])
        #expect(
            try parsed("cache<80%") == [
                .init(negated: false, test: .field(id: .cacheHitRate, .number(.less, 0.8)))
            ])
        #expect(
            try parsed("created>=2026-01-01")
                == [.init(negated: false, test: .field(id: .createdAt, .day(.greaterOrEqual, "2026-01-01")))])
        #expect(try parsed("level<3") == [.init(negated: false, test: .level(.less, 3))])
        #expect(try parsed("level:4") == [.init(negated: false, test: .level(.equal, 4))])
        #expect(try parsed("level!=0") == [.init(negated: false, test: .level(.notEqual, 0))])
    }

    @Test func badTermsAreNamedWithTheReason() {
        #expect(error("web level<x")?.description == "level<x: \"x\" is not a level (0-4)")
        #expect(error("nonroot:maybe")?.description == "nonroot:maybe: must be yes, no or ? (unknown), got \"maybe\"")
        #expect(error("nonroot:")?.description == "nonroot:: a value is missing after :")
        #expect(error("image>big")?.description == "image>big: not a number: \"big\"")
        #expect(error("image>1e3")?.description == "image>1e3: not a number: \"1e3\"")
        #expect(error("owner<3")?.description == "owner<3: owner is text: use owner:TEXT (contains) or owner=TEXT")
        #expect(
            error("nonroot>1")?.description == "nonroot>1: non-root is not a number: use non-root:yes or non-root!=yes")
        #expect(error("status:gone")?.description == "status:gone: must be one of active, archived, got \"gone\"")
        #expect(error("created>soon")?.description == "created>soon: must be a date YYYY-MM-DD, got \"soon\"")
        #expect(error("!")?.description == "!: nothing after ! (write !archived, !owner:data)")
        #expect(error("\"\"")?.description == "\"\": nothing between the quotes")
        #expect(error("image<?")?.description == "image<?: ? (unknown) is compared with : or =, not <")
        #expect(
            error("vulns>0")?.description
                == "vulns>0: vulns could be vulns-critical, vulns-high, vulns-medium, vulns-low")
        let unknown = error("python:3.12")
        #expect(unknown?.term == "python:3.12")
        #expect(unknown?.reason.hasPrefix("no field \"python\"") == true)
        #expect(unknown?.reason.contains("quote") == true)
    }

    @Test func aLongerTextNarrowsAndALongerNumberDoesNot() throws {
        func narrows(_ a: String, _ b: String) throws -> Bool {
            try ProjectFilter.parse(a).narrows(ProjectFilter.parse(b))
        }
        #expect(try narrows("web", "we"))
        #expect(try narrows("web x", "web"))
        #expect(try narrows("owner:data", "owner:da"))
        #expect(try narrows("anything", ""))
        #expect(try !narrows("level<30", "level<3"))
        #expect(try !narrows("image>2500", "image>250"))
        #expect(try !narrows("!web", "!we"))
        #expect(try !narrows("we", "web"))
        #expect(try narrows("nonroot:no", "nonroot:n"))
    }
}

/// What each term matches, against the demo ledger's own values.
@Suite struct ProjectFilterMatchTests {
    let ledger: Ledger
    let index: ProjectFilterIndex
    let all: [Int]

    init() throws {
        ledger = try LedgerStore.load(demoLedgerPath).ledger
        index = ProjectFilterIndex(projects: ledger.projects, levels: report(ledger).projectLevels, asOf: fixedNow)
        all = Array(ledger.projects.indices)
    }

    func names(_ text: String) throws -> Set<String> {
        Set(index.matching(try ProjectFilter.parse(text), among: all).map { ledger.projects[$0].name })
    }

    func names(where test: (Project) -> Bool) -> Set<String> { Set(ledger.projects.filter(test).map(\.name)) }

    @Test func everyTermKindMatchesWhatTheLedgerSays() throws {
        let levels = report(ledger).projectLevels
        #expect(try names("nonroot:no") == names { $0.docker?.nonRoot == false })
        #expect(try names("nonroot:no") == ["feature-store", "legacy-billing", "old-monolith"])
        #expect(try names("nonroot:?") == names { $0.docker?.nonRoot == nil })
        #expect(try names("multistage:yes") == names { $0.docker?.multiStage == true })
        #expect(try names("docker:no") == names { $0.docker == nil })
        #expect(try names("owner:data") == names { $0.owner?.lowercased().contains("data") == true })
        #expect(try names("owner=DATA") == names { $0.owner?.lowercased() == "data" })
        #expect(try names("image>250") == names { ($0.docker?.imageSizeMB ?? 0) > 250 })
        #expect(try names("image<=96") == names { $0.docker?.imageSizeMB.map { $0 <= 96 } == true })
        #expect(try names("image!=96") == names { $0.docker?.imageSizeMB.map { $0 != 96 } == true })
        #expect(try names("level<3") == Set(all.filter { levels[$0] < 3 }.map { ledger.projects[$0].name }))
        #expect(try names("level>=2") == Set(all.filter { levels[$0] >= 2 }.map { ledger.projects[$0].name }))
        #expect(try names("archived") == names { !$0.isActive })
        #expect(try names("!archived") == names { $0.isActive })
        #expect(try names("stale") == names { $0.hasStaleFacts(asOf: fixedNow) })
        #expect(try names("created>=2026-01-01") == names { ($0.createdAt ?? "") >= "2026-01-01" })
        #expect(try names("配送") == ["配送-tracker 🚚"])
        #expect(try names("nonroot:no archived") == ["old-monolith"])
        func has(_ p: Project, _ text: String) -> Bool {
            [p.name, p.owner ?? "", p.docker?.baseImage ?? "", p.docker?.registry?.name ?? ""]
                .contains { $0.lowercased().contains(text) }
        }
        #expect(try names("payments !legacy") == names { has($0, "payments") && !has($0, "legacy") })
        #expect(try names("Alpine") == names { has($0, "alpine") })
    }
}

/// The search key, written byte by byte for ASCII text, is the lowercased text every time.
@Suite struct FilterKeyTests {
    @Test func theKeyIsTheLowercasedTextOfNameOwnerBaseImageAndRegistry() throws {
        func project(_ name: String, owner: String?, base: String?, registry: String?) -> Project {
            var p = Project(name: name, owner: owner)
            if base != nil || registry != nil {
                var d = DockerSetup()
                d.baseImage = base
                d.registry = registry.map { RegistryUsage(name: $0) }
                p.docker = d
            }
            return p
        }
        let projects = [
            project("Billing-API", owner: "Team PAY", base: "Python:3.12-Slim", registry: "GHCR.io"),
            project("web", owner: nil, base: nil, registry: nil),
            project("ÄRGER Ünit", owner: "Ölçek", base: "İmage", registry: "ΣΑΣ"),
            project("配送-Tracker 🚚", owner: "ops", base: "alpine", registry: nil),
        ]
        for p in projects {
            let text = [p.name, p.owner ?? "", p.docker?.baseImage ?? "", p.docker?.registry?.name ?? ""]
                .joined(separator: "\u{1}").lowercased()
            #expect(ProjectFilterIndex.key(p) == Array(text.utf8), "\(p.name)")
        }
        let ledger = try LedgerStore.load(demoLedgerPath).ledger
        let index = ProjectFilterIndex(projects: projects + ledger.projects, levels: [], asOf: fixedNow)
        for (row, p) in (projects + ledger.projects).enumerated() {
            #expect(index.keys.equals(ProjectFilterIndex.key(p), row: row), "\(p.name)")
        }
    }
}

/// Typing and erasing a filter step by step gives, at every step, the rows a full filter gives.
@Suite struct IncrementalFilterTests {
    @Test func narrowedResultsEqualAFullFilterAtEveryKeystroke() throws {
        let ledger = try LedgerStore.load(demoLedgerPath).ledger
        let index = ProjectFilterIndex(projects: ledger.projects, levels: report(ledger).projectLevels, asOf: fixedNow)
        // Not in file order, as a sorted Inventory is not: the order must be kept.
        let rows = Array(ledger.projects.indices.reversed())
        var filter = IncrementalFilter(rows: rows)
        var lastGood = rows
        let texts = [
            "py slim owner:pay", "level<3 image>2", "nonroot:no !arch", "\"python:3.1\" level>=1", "web level<x",
        ]
        for text in texts {
            var typed = ""
            var path: [String] = []
            for c in text {
                typed.append(c)
                path.append(typed)
            }
            // Type it all, erase back to empty, type it again.
            for step in path + path.reversed().dropFirst() + [""] + path {
                filter.setText(step, index: index)
                #expect(filter.text == step)
                if let parsed = try? ProjectFilter.parse(step) {
                    #expect(filter.error == nil)
                    #expect(filter.rows == index.matching(parsed, among: rows), "\(step)")
                    lastGood = filter.rows
                } else {
                    #expect(filter.error != nil, "\(step)")
                    #expect(filter.rows == lastGood, "a bad filter keeps the last good rows: \(step)")
                }
            }
        }
        filter.setText("py level<3", index: index)
        filter.reset(rows: Array(ledger.projects.indices), index: index)
        #expect(
            filter.rows == index.matching(try ProjectFilter.parse(filter.text), among: Array(ledger.projects.indices)))
    }
}
