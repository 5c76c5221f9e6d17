// swift-tools-version:6.2
// BanTin: typesets Vietnamese meeting records into print-ready PDFs.
// Records → Documents → Typesetting → Render; see docs/design.md and README.md.
import PackageDescription

let package = Package(
    name: "BanTin",
    products: [
        .executable(name: "bantin", targets: ["bantin"]),
        .library(name: "Typesetting", targets: ["Typesetting"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // `bantin serve`: an HTTP server on SwiftNIO with structured concurrency (see README).
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        // bcrypt for the password file (HummingbirdBcrypt, a C bcrypt with no other dependency).
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
    ],
    targets: [
        // Thin system-library targets; the Swift types that own their handles live in
        // Typesetting (HarfBuzz) and Render (Cairo, FreeType).
        .systemLibrary(name: "CCairo", pkgConfig: "cairo",
                       providers: [.apt(["libcairo2-dev"])]),
        .systemLibrary(name: "CHarfBuzz", pkgConfig: "harfbuzz",
                       providers: [.apt(["libharfbuzz-dev"])]),
        .systemLibrary(name: "CFreeType", pkgConfig: "freetype2",
                       providers: [.apt(["libfreetype-dev"])]),
        .systemLibrary(name: "CJPEG", pkgConfig: "libjpeg",
                       providers: [.apt(["libjpeg62-turbo-dev"])]),
        .systemLibrary(name: "CPNG", pkgConfig: "libpng",
                       providers: [.apt(["libpng-dev"])]),
        // Full decodes of photos at check time: libjpeg and libpng report errors by longjmp,
        // which only C can catch.
        .target(name: "CImageCheck", dependencies: ["CJPEG", "CPNG"]),
        // ICU behind a plain-C header: Foundation's own ICU module clashes with ICU's headers.
        .target(name: "CICUShim",
                linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n")]),

        // libqpdf (Debian libqpdf-dev) behind a plain-C header: the renderer finishes cairo's
        // PDF with it (language, XMP, artifacts, alternate text); its C API cannot filter
        // content streams, hence a small C++ target.
        .target(name: "CQPDFShim",
                // qpdf 11's headers ask each program to declare it uses no PointerHolder.
                cxxSettings: [.define("POINTERHOLDER_TRANSITION", to: "4")],
                linkerSettings: [.linkedLibrary("qpdf")]),

        .target(name: "Typesetting", dependencies: ["CHarfBuzz", "CICUShim"]),
        .target(name: "Render", dependencies: ["Typesetting", "CCairo", "CFreeType", "CQPDFShim"]),
        .target(name: "Records", dependencies: ["CICUShim", "CImageCheck", "Yams"]),
        .target(name: "Documents", dependencies: ["Records", "Typesetting", "Yams"]),
        // The clerk's pages of `bantin serve`, rendered as HTML text (no server code here).
        .target(name: "WebPages", dependencies: ["Records"]),
        .target(name: "BanTinCLI", dependencies: [
            "Records", "Documents", "Typesetting", "Render", "BanTinServer",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .target(name: "BanTinServer", dependencies: [
            "Records", "Yams", "WebPages",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
        ]),
        .executableTarget(name: "bantin", dependencies: ["BanTinCLI"]),

        // libFuzzer targets (`make fuzz`); the ordinary build replays a corpus once.
        .target(name: "FuzzSupport", path: "Fuzz/Support"),
        .target(name: "CLibFuzzer", path: "Fuzz/CLibFuzzer"),
        .executableTarget(name: "fuzz-records", dependencies: ["Records", "FuzzSupport", "CLibFuzzer"], path: "Fuzz/Records"),
        .executableTarget(name: "fuzz-images", dependencies: ["Records", "FuzzSupport", "CLibFuzzer"], path: "Fuzz/Images"),

        .target(name: "TestSupport", dependencies: ["Typesetting", "Render"], path: "Tests/TestSupport"),
        .testTarget(name: "TypesettingTests", dependencies: ["Typesetting", "TestSupport"]),
        .testTarget(name: "WebPagesTests", dependencies: ["WebPages", "Records", "TestSupport"]),
        .testTarget(name: "RenderTests", dependencies: ["Render", "Typesetting", "TestSupport"]),
        .testTarget(name: "RecordsTests", dependencies: ["Records", "TestSupport"]),
        .testTarget(name: "DocumentsTests", dependencies: ["Documents", "Records", "Typesetting", "Render", "TestSupport"],
                    exclude: ["Golden"]),
        .testTarget(name: "BanTinServerTests", dependencies: [
            "BanTinServer", "BanTinCLI", "TestSupport",
            .product(name: "HummingbirdTesting", package: "hummingbird"),
        ]),
        .testTarget(name: "BanTinCLITests", dependencies: ["BanTinCLI", "TestSupport"], exclude: ["Fixtures"]),
    ],
    cxxLanguageStandard: .cxx17
)

// Warnings are errors in BanTin's own Swift targets, so none creeps in unnoticed (the
// dependencies keep their own settings). The C targets have no Swift sources; the fuzz
// targets are also built with -DFUZZING and sanitizers (`make fuzz`), which CI does not run.
let lenient = ["FuzzSupport", "fuzz-records", "fuzz-images"]
for target in package.targets where target.type != .system && !target.name.hasPrefix("C") && !lenient.contains(target.name) {
    target.swiftSettings = (target.swiftSettings ?? []) + [.treatAllWarnings(as: .error)]
}
