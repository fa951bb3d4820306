// swift-tools-version: 6.1
import PackageDescription

/// A libFuzzer target for the QEMUCommand parsers. Build and run it with `scripts/fuzz` (see README.md);
/// it only links with `-sanitize=fuzzer`.
let package = Package(
    name: "qemu-cmd-fuzz",
    dependencies: [
        .package(name: "qemu-cmd", path: ".."),
    ],
    targets: [
        .systemLibrary(name: "CLibFuzzer", path: "Sources/CLibFuzzer"),
        .executableTarget(
            name: "QEMUCommandFuzzer",
            dependencies: ["CLibFuzzer", .product(name: "QEMUCommand", package: "qemu-cmd")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
