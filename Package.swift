// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "dockledger",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "dockledger", targets: ["dockledger"]),
        .executable(name: "dockledger-bench", targets: ["dockledger-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // No pkgConfig: SwiftPM would warn about (and drop) its -D flags; shim.h sets them.
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        // Pure Swift: ledger types, JSON store, metric engine, writers. Knows nothing of curses.
        .target(name: "Model", dependencies: [.product(name: "Yams", package: "Yams")]),
        // The curses front end: state, update, views, keymap, theme.
        .target(name: "TUI", dependencies: ["Model", "CNcursesw"]),
        // Command-line parsing only.
        .executableTarget(
            name: "dockledger",
            dependencies: [
                "Model", "TUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `swift run -c release dockledger-bench`: load, report and frame times on big ledgers;
        // `--versus`: the release binary side by side with python3 and jq.
        .executableTarget(name: "dockledger-bench", dependencies: ["Model", "TUI", "BenchSupport"]),
        // The benchmark's pure arithmetic (spreads, per-round ratios, percentiles, targets, /proc).
        .target(name: "BenchSupport"),
        // FuzzCorpus/ holds the seed ledgers the mutation fuzz test starts from.
        .testTarget(name: "ModelTests", dependencies: ["Model"], exclude: ["FuzzCorpus"]),
        // Expected/ holds the reviewed screens the tab tests compare with.
        .testTarget(name: "TUITests", dependencies: ["TUI", "Model"], exclude: ["Expected"]),
        // Runs the built dockledger binary: exit codes, stderr, files written.
        .testTarget(name: "CLITests", dependencies: ["Model", "dockledger"]),
        .testTarget(name: "BenchTests", dependencies: ["BenchSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
