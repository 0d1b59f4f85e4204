import Model

/// The help screen, generated from the keymap table: what is listed is exactly what works.
enum HelpView {
    static func document() -> Document {
        Document(
            Keymap.helpGroups.flatMap { group -> [Document.Block] in
                [
                    .table(
                        Table(
                            group.context.rawValue, [Column("Key", minimum: -1), Column("Action", minimum: 20)],
                            rows: group.bindings.map { [Cell($0.label, .key), Cell($0.help)] })), .gap,
                ]
            } + [
                .table(
                    Table(
                        "Inventory filter terms (/)", [Column("Term", minimum: -1), Column("Matches", minimum: 20)],
                        rows: ProjectFilter.guide.map { [Cell($0.term, .key), Cell($0.meaning)] })), .gap,
                .text(
                    Mouse.help.map { Line($0, .dim) } + [
                        Line("Status cells: ● met  ◐ progressing (>50% of target)  ○ behind  · no data", .dim)
                    ]),
            ])
    }
}
