/// A fact that changed a project: old → new.
public struct FactChange: Equatable, Sendable {
    public let field: FactField
    public let old: FactValue?
    public let new: FactValue
    public let location: SourceLocation?
}

/// A fact found that disagrees with a value a person set, which was kept.
public struct KeptManualValue: Equatable, Sendable, CustomStringConvertible {
    public let field: FactField
    public let kept: FactValue?
    public let found: FactValue
    public let location: SourceLocation?

    /// `kept manual nonRoot=true; Dockerfile:14 says false`
    public var description: String {
        "kept manual \(field.label)=\(kept?.description ?? "unknown"); \(location?.description ?? "the source") says \(found)"
    }
}

public struct FactOutcome: Equatable, Sendable {
    public var changes: [FactChange] = []
    public var kept: [KeptManualValue] = []
}

/// Writes found facts into a project with their sources: values a person set are kept unless
/// `overwriteManual`; facts a scan did not find are left as they are (unknown stays unknown).
public enum FactApplier {
    public static func apply(
        _ facts: [Fact], to project: inout Project, origin: FactSource.Origin, day: String,
        overwriteManual: Bool
    ) -> FactOutcome {
        var outcome = FactOutcome()
        for fact in facts {
            // A scan fills the Docker group only of a project that uses Docker; an image scan
            // or inspect shows that it does.
            if fact.field.isDockerField, project.docker == nil, origin == .scan { continue }
            let old = project.value(of: fact.field)
            let source = FactSource(from: origin, file: fact.location?.description, at: day)
            if old == fact.value {
                if project.sources[fact.field.rawValue]?.from != .manual {
                    project.sources[fact.field.rawValue] = source
                }
                continue
            }
            if project.isManual(fact.field), !overwriteManual {
                outcome.kept.append(
                    KeptManualValue(field: fact.field, kept: old, found: fact.value, location: fact.location))
                continue
            }
            project.set(fact.field, to: fact.value)
            for key in project.sources.keys where key.hasPrefix(fact.field.rawValue + ".") {
                project.sources[key] = nil
            }
            project.sources[fact.field.rawValue] = source
            outcome.changes.append(FactChange(field: fact.field, old: old, new: fact.value, location: fact.location))
        }
        return outcome
    }
}
