import Model

/// `n` on the Log tab: a new row for one of Model's four log tables (its field list, its
/// defaults, its validation). The first field picks the table, so a table without rows yet
/// (which the cursor cannot reach) can still get its first entry.
enum LogEntryForm {
    static func make(_ table: LogTable, _ state: AppState) -> Form {
        let defaults = table.newDraft(in: state.ledger, today: ISODate.day(fromSeconds: state.now))
        let fields =
            [Form.Field(.logTable, "Table", .choice(LogTable.allCases.map(\.title)), value: table.title)]
            + table.fields.map { Form.Field(.log($0.id), $0.label, value: defaults[$0.id] ?? "") }
        // The cursor already chose the table: start on its first field.
        return Form(purpose: .addLogEntry(table), title: "Add to " + table.title, fields: fields, focus: 1)
    }

    /// A different table chosen: that table's fields and defaults, the focus kept on the choice.
    static func refreshed(_ form: Form, _ state: AppState) -> Form {
        guard case .addLogEntry(let table) = form.purpose, let chosen = chosenTable(form), chosen != table else {
            return form
        }
        var rebuilt = make(chosen, state)
        rebuilt.focus = 0
        return rebuilt
    }

    /// The table picked on the first line: its option's place is the table's place in
    /// `LogTable.allCases`, which the options were made from.
    static func chosenTable(_ form: Form) -> LogTable? {
        guard let line = form.fields.first(where: { $0.id == .logTable }), case .choice(let options) = line.kind,
            let place = options.firstIndex(of: line.value), LogTable.allCases.indices.contains(place)
        else { return nil }
        return LogTable.allCases[place]
    }

    static func submit(_ form: Form, to table: LogTable, in ledger: Ledger) -> Result<
        LedgerEdit, FieldErrors<LogField.ID>
    > {
        var texts: [LogField.ID: String] = [:]
        for case (.log(let id), let value) in form.values { texts[id] = value }
        return table.build(texts, in: ledger)
    }
}
