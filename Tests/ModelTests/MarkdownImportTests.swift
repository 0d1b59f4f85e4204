import Foundation
import Testing

@testable import Model

@Suite("Markdown import")
struct MarkdownImportTests {
    @Test("the seed document imports as it is, mojibake included, with its targets")
    func referenceImports() throws {
        let result = try MarkdownImporter.run(try MarkdownTestFiles.text("SAP-011-reference.md"))
        let l = result.ledger
        #expect(result.problems.isEmpty)
        #expect(LedgerValidator.validate(l).isEmpty)
        #expect(l.meta.sapId == "SAP-011")
        #expect(l.meta.capability == "docker-operations")
        #expect(l.meta.ledgerVersion == "1.0.0")
        #expect(l.meta.status == "Draft")
        #expect(l.meta.lastUpdated == "2025-10-28")
        #expect(l.meta.title == "Ledger: Docker Operations")
        let expected: [String: Double] = [
            "coverage.docker": 0.7, "coverage.multiStage": 1, "coverage.nonRoot": 0.9, "coverage.imageSize": 1,
            "coverage.ciCache": 0.8,
            "level.1": 0.3, "level.2": 0.5, "level.3": 0.7, "level.4": 0.7,
            "quality.imageSizeMB": 250, "quality.buildContextMB": 20, "quality.layers": 15,
            "security.nonRoot": 0.9, "security.minimalBase": 1, "security.secretsFree": 1, "security.scansPassing": 1,
            "vulns.critical": 0, "vulns.high": 0, "vulns.medium": 9,
            "perf.buildUncachedS": 180, "perf.buildCachedS": 45, "perf.startupS": 10, "perf.healthCheckMs": 100,
            "cache.hitRate": 0.8, "cache.speedup": 6,
            "ci.buildx": 1, "ci.ghaCache": 0.8, "ci.coverage": 0.7, "ci.multiArch": 0.5, "ci.cachedUnder30": 0.8,
            "ci.cachedOver120": 0,
            "arch.amd64": 1, "arch.arm64": 0.5, "efficiency.time": 0.8, "efficiency.cost": 0.6,
        ]
        #expect(l.targets == expected)
        // Placeholders are not data.
        #expect(l.projects.isEmpty)
        #expect(l.issues.isEmpty)
        #expect(l.maintenance.templateUpdates.isEmpty)
        #expect(l.maintenance.baseImageUpdates.isEmpty)
        #expect(
            l.versionHistory == [
                VersionEntry(
                    version: "1.0.0", date: "2025-10-28",
                    changes: "Initial ledger for docker-operations SAP", author: "Claude Code")
            ])
        #expect(l.changelog.count == 1)
        #expect(l.changelog.first?.date == "2025-10-28")
        #expect(l.changelog.first?.title == "SAP-011 Initial Release (v1.0.0)")
        let body = l.changelog.first?.body ?? ""
        #expect(body.hasPrefix("**Added**:\n- Docker operations SAP (5 artifacts)"))
        #expect(body.hasSuffix("- Iterate on patterns based on real-world usage"))
        #expect(body.contains("Image size target: ≤250MB"))
        #expect(!body.contains("â"))
        #expect(result.notes.contains { $0.contains("mangled UTF-8") })
        // And it saves: the store validates what it writes.
        #expect(Ledger.decode(l.json).diagnostics.isEmpty)
    }

    @Test("a filled-in ledger imports with every value")
    func filledLedgerImports() throws {
        let result = try MarkdownImporter.run(try MarkdownTestFiles.text("Markdown-filled-ledger.md"))
        let l = result.ledger
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(LedgerValidator.validate(l).isEmpty)
        #expect(l.meta.ledgerVersion == "2.1.0")
        #expect(l.meta.status == "Active")
        #expect(l.meta.lastUpdated == "2026-06-30")
        #expect(l.meta.adoptionStart == "2026-01-01")

        #expect(l.targets["coverage.docker"] == 0.75)
        #expect(l.targets["coverage.nonRoot"] == 0.95)
        #expect(l.targets["security.nonRoot"] == 0.85)
        #expect(l.targets["level.1"] == 0.4)
        #expect(l.targets["level.3"] == 0.6)
        #expect(l.targets["level.4"] == 0.3)
        #expect(l.targets["quality.imageSizeMB"] == 300)
        #expect(l.targets["quality.layers"] == 12)
        #expect(l.targets["vulns.medium"] == 4)
        #expect(l.targets["cache.hitRate"] == 0.85)
        #expect(l.targets["cache.speedup"] == 5)
        #expect(l.targets["security.minimalBase"] == nil)

        #expect(l.projects.map(\.name) == ["café-api", "billing, legacy", "docs-site"])
        let cafe = l.projects[0]
        #expect(cafe.choraBaseVersion == "4.1.0")
        #expect(cafe.status == .active)
        #expect(cafe.docker?.dockerfileType == .both)
        #expect(cafe.docker?.imageSizeMB == 1536)
        #expect(cafe.docker?.buildTimeUncachedS == 160)
        #expect(cafe.docker?.buildTimeCachedS == 28)
        #expect(cafe.docker?.platforms == ["linux/amd64", "linux/arm64"])
        let billing = l.projects[1]
        #expect(billing.choraBaseVersion == "v3.0")
        #expect(billing.status == .archived)
        #expect(billing.docker?.dockerfileType == .production)
        #expect(billing.docker?.imageSizeMB == 512)
        #expect(billing.docker?.buildTimeUncachedS == 540)
        #expect(billing.docker?.buildTimeCachedS == nil)
        #expect(billing.docker?.platforms == ["linux/amd64"])
        let docs = l.projects[2]
        #expect(docs.choraBaseVersion == nil)
        #expect(docs.docker?.dockerfileType == .test)
        #expect(docs.docker?.imageSizeMB == 41.5)
        #expect(docs.docker?.buildTimeUncachedS == 45)
        #expect(docs.docker?.platforms == ["linux/amd64"])

        #expect(
            l.issues == [
                Issue(
                    id: 7, category: "CI cache misses", project: "café-api", openedAt: "2026-02-03T10:00:00Z",
                    resolvedAt: "2026-02-03T15:00:00Z", solution: "scope=${{ github.ref_name }} | cache-to",
                    successful: true,
                    notes: "Pipe | escaped\nsecond line"),
                Issue(
                    id: 8, category: "Image size >500MB", project: "billing, legacy", openedAt: "2026-04-01", notes: ""),
            ])
        #expect(
            l.maintenance.templateUpdates == [
                TemplateUpdate(
                    date: "2026-02-01", version: "1.1.0", change: "Cache mounts for pip",
                    reason: "Faster builds", projectsAffected: 2)
            ])
        #expect(
            l.maintenance.baseImageUpdates == [
                BaseImageUpdate(
                    date: "2026-03-15", from: "python:3.11-slim", to: "python:3.12-slim",
                    reason: "Security – CVE fixes", projectsUpdated: 3)
            ])
        #expect(
            l.versionHistory == [
                VersionEntry(version: "2.0.0", date: "2026-01-01", changes: "Ledger restarted", author: "Ana Ruiz"),
                VersionEntry(version: "2.1.0", date: "2026-06-30", changes: "café-api measured", author: "Kenji Sato"),
            ])
        #expect(
            l.changelog == [
                ChangelogEntry(
                    date: "2026-06-30", title: "café-api measured 🚀",
                    body: "**Added**:\n- café-api: 1.5 GB, target ≤250MB"),
                ChangelogEntry(date: "2026-01-01", title: "Ledger restarted", body: "Targets reset for 2026."),
            ])
    }

    @Test("unreadable rows are reported with their line numbers and left out")
    func lineNumberedProblems() throws {
        let doc = """
            ---
            type: ledger
            ---

            # Ledger: Docker Operations

            ## 2. Project Inventory

            | Project Name | chora-base Version | Dockerfile Type | Image Size | Build Time | Multi-Arch | Status |
            |---|---|---|---|---|---|---|
            | api | 4.2.0 | Production | huge | 2 min | linux/amd64 | Active |
            | api | 4.2.0 | Production | 100 MB | 2 min | linux/amd64 | Active |
            | short | 4.2.0 | Production |
            | web | 4.2.0 | Kubernetes | 100 MB | 2 min | linux/amd64 | Active |

            ## 10. Issue Tracking

            | ID | Issue | Project | Opened | Resolved | Solution | Successful | Notes |
            |---|---|---|---|---|---|---|---|
            | 1 | CI cache misses | api | yesterday | open | - | - | - |
            | 2 | CI cache misses | api | 2026-02-03 | 2026-02-01 | fix | Yes | - |
            | 3 | CI cache misses | api | 2026-02-03 | 2026-02-04 | fix | Yes | - |

            ## 11. Version History

            | Version | Date | Changes | Author |
            |---|---|---|---|
            | 1.0.0 | last Tuesday | first | me |
            """
        let result = try MarkdownImporter.run(doc)
        #expect(result.problems.map(\.line) == [11, 12, 13, 14, 20, 21, 28])
        #expect(result.problems[0].message.contains("Image Size \"huge\""))
        #expect(result.problems[1].message.contains("listed twice"))
        #expect(result.problems[2].message.contains("3 cells"))
        #expect(result.problems[3].message.contains("Kubernetes"))
        #expect(result.problems[4].message.contains("\"yesterday\""))
        #expect(result.problems[5].message.contains("before it was opened"))
        #expect(result.problems[6].message.contains("\"last Tuesday\""))
        #expect(result.problems[0].description.hasPrefix("line 11: "))
        // What could be read is kept: the size left unknown, the unknown type as Docker of unknown type.
        #expect(result.ledger.projects.map(\.name) == ["api", "web"])
        #expect(result.ledger.projects[0].docker?.imageSizeMB == nil)
        #expect(result.ledger.projects[0].docker?.buildTimeUncachedS == 120)
        #expect(result.ledger.projects[1].docker != nil && result.ledger.projects[1].docker?.dockerfileType == nil)
        #expect(result.ledger.issues.map(\.id) == [3])
        #expect(result.ledger.versionHistory.isEmpty)
        #expect(LedgerValidator.validate(result.ledger).isEmpty)
    }

    @Test("a document that is not a ledger is refused")
    func refusesNonLedgers() {
        #expect(throws: NotALedger.self) {
            try MarkdownImporter.run("# README\n\nSome project.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n")
        }
        #expect(throws: NotALedger.self) {
            try MarkdownImporter.run("---\ntype: protocol\n---\n\n# Ledger: X\n\n## 1. Adoption Overview\n")
        }
        // A ledger title without any of the ledger's sections is not enough.
        #expect(throws: NotALedger.self) { try MarkdownImporter.run("# Ledger: Groceries\n\n- milk\n") }
        #expect(throws: NotALedger.self) { try MarkdownImporter.run("") }
    }

    @Test("the Common Issues counts that the Issue Log does not back are reported")
    func unbackedFrequencies() throws {
        let doc = """
            # Ledger: Docker Operations

            ## 10. Issue Tracking

            | Issue | Frequency | Avg Resolution Time | Status |
            |-------|-----------|---------------------|--------|
            | CI cache misses | 2 | 3 hours | 🟢 |
            | Health check failures | 0 | - | - |
            """
        let result = try MarkdownImporter.run(doc)
        #expect(result.problems.map(\.line) == [7])
        #expect(result.problems.first?.message.contains("2 × \"CI cache misses\"") == true)
    }

    @Test("mojibake is repaired; real accents and dashes are left alone")
    func mojibake() {
        #expect(Mojibake.repair("ðŸ”´ Not started").text == "🔴 Not started")
        #expect(Mojibake.repair("â‰¤250 Ã— 6").text == "≤250 × 6")
        #expect(Mojibake.repair("ðŸŸ¢ðŸŸ¡").text == "🟢🟡")
        #expect(Mojibake.repair("café – naïve ½").text == "café – naïve ½")
        #expect(Mojibake.repair("café – naïve").repaired == 0)
        #expect(Mojibake.repair("cafÃ© 🔴").text == "café 🔴")
        // Mangled twice.
        #expect(Mojibake.repair("Ã¢â€°Â¤").text == "≤")
        #expect(Mojibake.decodeWindows1252([0x93, 0x41, 0x94, 0xE9]) == "\u{201C}A\u{201D}é")
    }
}
