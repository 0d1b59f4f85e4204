extension Ledger {
    /// A new ledger as `dockledger init` writes it: SAP-011's defaults, its first version
    /// history line and changelog entry, and an empty inventory.
    public static func new(today: String) -> Ledger {
        Ledger(
            meta: Meta(lastUpdated: today, adoptionStart: today),
            versionHistory: [
                VersionEntry(
                    version: "1.0.0", date: today, changes: "Initial ledger for docker-operations SAP",
                    author: "dockledger")
            ],
            changelog: [
                ChangelogEntry(
                    date: today, title: "Ledger created",
                    body: "Started tracking SAP-011 Docker Operations adoption with dockledger.")
            ])
    }
}
