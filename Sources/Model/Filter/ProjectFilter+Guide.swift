extension ProjectFilter {
    /// The grammar by example, for the help screen: one row per kind of term.
    public static let guide: [(term: String, meaning: String)] = [
        ("web", "name, owner, base image or registry contains it (any case); \"a b\" with spaces or a colon"),
        ("nonroot:no", "a yes/no field: multistage:yes, healthcheck:no, buildx:yes, docker:no"),
        ("owner:data", "a text field contains it; owner=data is exactly it"),
        ("level<3", "the adoption level; also <=, >, >=, =, !="),
        ("image>250", "a number field (MB, s, counts): critical>0, cache<0.8, layers>=20"),
        ("created>=2026-01-01", "a day field: created, scanned"),
        ("nonroot:?", "the value is unknown"),
        ("stale", "a scanned or imported fact is older than 90 days; manual-only: none came from a scan"),
        ("archived", "archived projects; active: the others"),
        ("!term", "not the term: !archived, !owner:data"),
        ("a b", "both terms (every term must match)"),
    ]
}
