import Testing

@testable import Model

/// Each fact a scan or import can fill goes where its path says, by a switch that lists every
/// field (no prefix of the path decides).
@Suite struct FactFieldTests {
    /// A value of the kind the field takes.
    static func sample(_ field: FactField) -> FactValue {
        switch field {
        case .dockerfileType: .text("production")
        case .baseImage, .registryName: .text("x")
        case .platforms: .list(["linux/amd64"])
        case .imageSizeMB: .number(12.5)
        case .layers: .count(3)
        case .vulnerabilities: .vulnerabilities(VulnerabilityScan(critical: 1, high: 2, medium: 3, low: 4))
        case .lint: .lint(LintCounts(error: 1, warning: 0, info: 0, style: 0))
        case .docker, .multiStage, .minimalBase, .nonRoot, .healthcheck, .secretsFree, .compose, .volumes, .ciEnabled,
            .buildx, .ghaCache, .multiArch, .automatedReleases:
            .flag(true)
        }
    }

    @Test func everyFieldIsReadBackFromWhereItWasSet() {
        for field in FactField.allCases {
            var project = Project(name: "p")
            project.set(field, to: Self.sample(field))
            #expect(project.value(of: field) == Self.sample(field), "\(field)")
            // A CI fact alone makes no Docker group; a Docker fact makes one.
            #expect((project.docker != nil) == (field == .docker || field.isDockerField), "\(field)")
        }
    }

    @Test func aValueOfAnotherKindIsIgnoredAndMakesNoGroup() {
        for field in FactField.allCases where field != .docker {
            var project = Project(name: "p")
            let other: FactValue = if case .count = Self.sample(field) { .text("x") } else { .count(-1) }
            project.set(field, to: other)
            #expect(project == Project(name: "p"), "\(field)")
        }
    }

    @Test func dockerFactsAreThoseUnderDockerInTheFile() {
        for field in FactField.allCases {
            #expect(field.isDockerField == field.rawValue.hasPrefix("docker."), "\(field)")
        }
    }
}
