import Model

/// `n` on the Log tab: a new row for one of Model's four log tables (its field list, its
/// defaults, its validation). The first field picks the table, so a table without rows yet
/// (which the cursor cannot reach) can still get its first entry.
enum LogEntryForm {
    static let tableField = "table"

    static func make(_ table: LogTable, _ state: AppState) -> Form {
        let defaults = table.newDraft(in: state.ledger, today: ISODate.day(fromSeconds: state.now))
        let fields =
            [Form.Field(tableField, "Table", .choice(LogTable.allCases.map(\.title)), value: table.title)]
            + table.fields.map { Form.Field($0.id.rawValue, $0.label, value: defaults[$0.id] ?? "") }
        // The cursor already chose the table: start on its first field.
        return Form(purpose: .addLogEntry(table), title: "Add to " + table.title, fields: fields, focus: 1)
    }

    /// A different table chosen: that table's fields and defaults, the focus kept on the choice.
    static func refreshed(_ form: Form, _ state: AppState) -> Form {
        guard case .addLogEntry(let table) = form.purpose,
            let chosen = LogTable.allCases.first(where: { $0.title == form[tableField] }), chosen != table
        else { return form }
        var rebuilt = make(chosen, state)
        rebuilt.focus = 0
        return rebuilt
    }

    static func submit(_ form: Form, to table: LogTable, in ledger: Ledger) -> Result<LedgerEdit, FieldErrors> {
        // Field ids are the `LogField.ID` raw values; the table choice is not one of them.
        let texts = Dictionary(
            uniqueKeysWithValues: form.fields.compactMap { f in LogField.ID(rawValue: f.id).map { ($0, f.value) } })
        return table.build(texts, in: ledger)
    }
}
