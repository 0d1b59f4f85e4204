// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "dockledger",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "dockledger", targets: ["dockledger"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // No pkgConfig: SwiftPM would warn about (and drop) its -D flags; shim.h sets them.
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        // Pure Swift: ledger types, JSON store, metric engine, writers. Knows nothing of curses.
        .target(name: "Model"),
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
        .testTarget(name: "ModelTests", dependencies: ["Model"]),
        .testTarget(name: "TUITests", dependencies: ["TUI", "Model"]),
        // Runs the built dockledger binary: exit codes, stderr, files written.
        .testTarget(name: "CLITests", dependencies: ["Model", "dockledger"]),
    ],
    swiftLanguageModes: [.v6]
)
