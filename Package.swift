// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "qemu-cmd",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "QEMUCommand", targets: ["QEMUCommand"]),
        .library(name: "QEMUCXL", targets: ["QEMUCXL"]),
        .library(name: "QEMURuntime", targets: ["QEMURuntime"]),
        .executable(name: "qemu-cmd", targets: ["qemu-cmd"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        .target(name: "QEMUCommand", dependencies: [.product(name: "Yams", package: "Yams")]),
        .target(name: "QEMUCXL", dependencies: ["QEMUCommand", .product(name: "Yams", package: "Yams")]),
        .target(name: "CQEMURuntimeSupport"),
        .target(name: "QEMURuntime", dependencies: ["QEMUCommand", "QEMUCXL", "CQEMURuntimeSupport"]),
        .executableTarget(
            name: "qemu-cmd",
            dependencies: [
                "QEMUCommand", "QEMUCXL", "QEMURuntime",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "qemu-cmd-profile-generator", dependencies: ["QEMUCommand"]),
        .executableTarget(name: "qemu-cmd-benchmark", dependencies: ["QEMUCommand"], path: "Benchmarks/qemu-cmd-benchmark"),
        .executableTarget(
            name: "qemu-cmd-check-benchmark", dependencies: ["QEMUCommand", "QEMURuntime"],
            path: "Benchmarks/qemu-cmd-check-benchmark"),
        .testTarget(
            name: "QEMUCommandTests",
            dependencies: [
                "QEMUCommand", .product(name: "PropertyBased", package: "swift-property-based"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .testTarget(
            name: "QEMUCXLTests",
            dependencies: [
                "QEMUCXL", "QEMUCommand", "QEMURuntime", .product(name: "PropertyBased", package: "swift-property-based"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .testTarget(
            name: "QEMURuntimeTests",
            dependencies: ["QEMURuntime", "QEMUCXL", "QEMUCommand"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
