// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "CiteTrace",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "CiteTrace", targets: ["CiteTrace"]),
        .executable(name: "citetrace", targets: ["citetrace"]),
        // libFuzzer targets, linked by scripts/fuzz.sh (libFuzzer brings its own `main`).
        .library(name: "FuzzIngest", type: .static, targets: ["FuzzIngest"]),
        .library(name: "FuzzExport", type: .static, targets: ["FuzzExport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // glibc's malloc_trim, to hand memory a finished stage freed back before export.
        .systemLibrary(name: "CLibc"),
        .target(
            name: "CiteTrace",
            dependencies: [
                "CLibXML2",
                "CLibc",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // The executable's allocator settings. On Linux the executable runs on jemalloc
        // (Debian libjemalloc-dev): the engine allocates many small strings and arrays on
        // both cores, and on glibc's malloc a run took about a tenth longer (README,
        // "Memory allocator").
        .target(
            name: "CAllocator",
            linkerSettings: [.linkedLibrary("jemalloc", .when(platforms: [.linux]))]
        ),
        .executableTarget(
            name: "citetrace",
            dependencies: [
                "CiteTrace",
                "CAllocator",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // What the fuzz targets check on one input; the tests replay the fuzz corpus through it.
        .target(name: "CiteTraceFuzzing", dependencies: ["CiteTrace"]),
        .target(name: "FuzzIngest", dependencies: ["CiteTraceFuzzing"]),
        .target(name: "FuzzExport", dependencies: ["CiteTraceFuzzing"]),
        .testTarget(
            name: "CiteTraceTests",
            dependencies: ["CiteTrace", "CiteTraceFuzzing", "citetrace", "CLibXML2", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            resources: []
        ),
    ]
)
