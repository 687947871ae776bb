// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "timeline",
    products: [
        .executable(name: "timeline", targets: ["timeline"]),
        .library(name: "NewsExtraction", targets: ["NewsExtraction"]),
        .library(name: "TimelineStore", targets: ["TimelineStore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.0.0"),
    ],
    targets: [
        // System SQLite (libsqlite3-dev). Only TimelineSQLite imports it.
        .systemLibrary(
            name: "CTimelineSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        // System libxml2 (libxml2-dev), for the HTML reader.
        .systemLibrary(
            name: "CTimelineXML",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "TimelineSQLite", dependencies: ["CTimelineSQLite"]),
        .target(
            name: "NewsExtraction",
            dependencies: ["CTimelineXML", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "TimelineStore",
            dependencies: ["TimelineSQLite", "NewsExtraction", .product(name: "Crypto", package: "swift-crypto")]
        ),
        .target(
            name: "TimelineCommands",
            dependencies: [
                "TimelineStore",
                "NewsExtraction",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "timeline", dependencies: ["TimelineCommands"]),
        // `make bench` (BENCHMARKS.md): a plain release executable, so the suite builds with nothing but SwiftPM.
        .executableTarget(
            name: "BenchmarkRunner",
            dependencies: ["TimelineStore", "TimelineSQLite", "NewsExtraction"],
            path: "Benchmarks/BenchmarkRunner"
        ),
        // `make fuzz`: a libFuzzer harness, built with `--sanitize=fuzzer --sanitize=address` (libFuzzer then supplies
        // `main`); a plain build gives an executable that does nothing.
        .executableTarget(name: "TimelineFuzz", dependencies: ["NewsExtraction"], path: "Fuzz/TimelineFuzz"),
        .testTarget(name: "TimelineSQLiteTests", dependencies: ["TimelineSQLite"]),
        .testTarget(name: "NewsExtractionTests", dependencies: ["NewsExtraction"]),
        .testTarget(name: "TimelineStoreTests", dependencies: ["TimelineStore", "TimelineSQLite", "NewsExtraction"]),
        .testTarget(name: "TimelineCommandsTests", dependencies: ["TimelineCommands"]),
        .testTarget(name: "TimelineEndToEndTests", dependencies: ["timeline"], exclude: ["Help"]),
    ],
    swiftLanguageModes: [.v6]
)
