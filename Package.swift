// swift-tools-version:6.1
import PackageDescription

// Function executables may link only these: the runtime loop, the event models, the AWS clients,
// the curl layer, their domain library, FoundationEssentials and small pure-Swift packages.
// SwiftNIO, Yams and GRDB belong to the emulator (`lambda-local`) alone.
let functionDependencies: [Target.Dependency] = ["LambdaRuntime", "LambdaEvents"]
/// What an HTTP API function of the seed systems links besides its domain library.
let apiFunctionDependencies: [Target.Dependency] = functionDependencies + ["AWSClient", "CurlHTTP", "HTTPFunctionKit"]

/// The seed systems: per system a domain library and one executable per function.
let systems: [(folder: String, domain: String, functions: [String])] = [
    ("StreamLimits", "StreamLimits", ["startFn", "endFn"]),
    ("DelayedJobs", "DelayedJobs", ["delay", "asyncJob"]),
    ("CoinVolatility", "CoinVolatility", ["fetchCoins", "stddev", "coinMetrics"]),
    ("SupervisorRequests", "SupervisorQueue", ["supervisorRequests", "supervisorTimeouts"]),
]
let seedFunctionNames = systems.flatMap(\.functions)

let package = Package(
    name: "swift-lambda-host",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "lambda-local", targets: ["lambda-local"]),
        .executable(name: "hello", targets: ["hello"]),
    ] + seedFunctionNames.map { .executable(name: $0, targets: [$0]) } + [
        .library(name: "LambdaRuntime", targets: ["LambdaRuntime"]),
        .library(name: "LambdaEvents", targets: ["LambdaEvents"]),
        .library(name: "AWSClient", targets: ["AWSClient"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // MARK: Shared by functions and clients
        .systemLibrary(
            name: "CCurl",
            path: "Runtime/CCurl",
            pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"])]
        ),
        // OpenSSL's libcrypto, which libcurl loads anyway: SigV4's SHA-256 and HMAC.
        .systemLibrary(
            name: "CLibCrypto",
            path: "Runtime/CLibCrypto",
            pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"])]
        ),
        .target(name: "CurlHTTP", dependencies: ["CCurl"], path: "Runtime/CurlHTTP"),
        .target(name: "LambdaEvents", path: "Runtime/LambdaEvents"),
        .target(
            name: "LambdaRuntime",
            dependencies: ["CurlHTTP", "LambdaEvents", .product(name: "Logging", package: "swift-log")],
            path: "Runtime/LambdaRuntime"
        ),

        .target(
            name: "AWSClient",
            dependencies: ["CurlHTTP", "LambdaEvents", "CLibCrypto"],
            path: "Runtime/AWSClient"
        ),

        // MARK: The emulator
        .target(
            name: "SAMTemplate",
            dependencies: ["LambdaEvents", .product(name: "Yams", package: "Yams")],
            path: "Runtime/SAMTemplate"
        ),
        .target(
            name: "LocalHTTP",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            path: "Runtime/LocalHTTP"
        ),
        .target(name: "LocalAPIGateway", dependencies: ["LambdaEvents", "SAMTemplate"], path: "Runtime/LocalAPIGateway"),
        .target(name: "LocalState", dependencies: [.product(name: "GRDB", package: "GRDB.swift")], path: "Runtime/LocalState"),
        .target(
            name: "LocalDynamoDB",
            dependencies: ["LambdaEvents", "LocalState", .product(name: "GRDB", package: "GRDB.swift")],
            path: "Runtime/LocalDynamoDB"
        ),
        .target(name: "LocalEventBridge", dependencies: ["LambdaEvents"], path: "Runtime/LocalEventBridge"),
        .target(name: "CSpawn", path: "Runtime/CSpawn"),
        .target(
            name: "LocalLambda",
            dependencies: [
                "LocalHTTP", "LambdaEvents", "CSpawn",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            path: "Runtime/LocalLambda"
        ),
        .target(
            name: "LambdaLocal",
            dependencies: [
                "LocalLambda", "LocalAPIGateway", "LocalDynamoDB", "LocalEventBridge", "LocalState", "LocalHTTP",
                "SAMTemplate", "LambdaEvents",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            path: "Runtime/LambdaLocal"
        ),
        .executableTarget(
            name: "lambda-local",
            dependencies: ["LambdaLocal", .product(name: "NIOPosix", package: "swift-nio"), .product(name: "NIOCore", package: "swift-nio")],
            path: "Runtime/lambda-local"
        ),

        // MARK: Functions
        .executableTarget(name: "hello", dependencies: functionDependencies, path: "Functions/Examples/hello"),
        .target(
            name: "HTTPFunctionKit",
            dependencies: ["LambdaRuntime", "LambdaEvents", "AWSClient"],
            path: "Functions/Shared/HTTPFunctionKit"
        ),

        // MARK: Benchmarks
        .executableTarget(
            name: "lambda-bench",
            dependencies: [
                "LocalLambda", "LocalHTTP", "SAMTemplate", "AWSClient", "LocalDynamoDB", "LambdaEvents",
                // The seed systems' own types make the data of their benchmarks.
                "DelayedJobs", "CoinVolatility",
                // DedicatedThread: the AWS client's blocking calls off the event loops.
                "TestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
            ],
            path: "Benchmarks/LambdaBench"
        ),

        // MARK: Tests
        .executableTarget(
            name: "LambdaFixture",
            dependencies: functionDependencies + ["AWSClient"],
            path: "Tests/Fixtures/LambdaFixture"
        ),
        .testTarget(name: "LambdaEventsTests", dependencies: ["LambdaEvents", "TestSupport"]),
        .testTarget(name: "SAMTemplateTests", dependencies: ["SAMTemplate", "TestSupport"]),
        .testTarget(
            name: "LambdaRuntimeTests",
            dependencies: ["LambdaRuntime", "LocalLambda", "LocalHTTP", "CurlHTTP"]
        ),
        .testTarget(
            name: "AWSClientTests",
            dependencies: ["AWSClient", "CurlHTTP", "TestSupport"],
            // Python stand-ins the tests start: moto_server, a fault injector, botocore's signer.
            exclude: ["Support/botocore_signature.py", "Support/fault_server.py", "Support/moto_server.py"]
        ),
        // What several test suites and the benchmarks share: a seeded random source for property
        // tests, raw sockets for malformed HTTP, a dedicated thread for blocking calls.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "LocalAPIGatewayTests", dependencies: ["LocalAPIGateway", "TestSupport"]),
        .testTarget(
            name: "LocalDynamoDBTests",
            dependencies: ["LocalDynamoDB", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "LocalEventBridgeTests", dependencies: ["LocalEventBridge", "TestSupport"]),
        .testTarget(name: "LocalLambdaTests", dependencies: ["LocalLambda", "CurlHTTP", "LambdaFixture", "TestSupport"]),
        .testTarget(
            name: "LocalHTTPTests",
            dependencies: ["LocalHTTP", "TestSupport", .product(name: "NIOPosix", package: "swift-nio")]),
        .testTarget(
            name: "LambdaLocalTests",
            dependencies: ["LambdaLocal", "LocalLambda", "LocalAPIGateway", "SAMTemplate", "CurlHTTP", "lambda-local", "LambdaFixture", "hello"]
                + seedFunctionNames.map { .target(name: $0) }
                // The stores of the seed systems, checked against the local DynamoDB.
                + ["AWSClient", "CoinVolatility"]
        ),
        .testTarget(name: "CurlHTTPTests", dependencies: ["CurlHTTP"]),
        .testTarget(name: "HTTPFunctionKitTests", dependencies: ["HTTPFunctionKit", "AWSClient", "LambdaRuntime", "LambdaEvents"]),
    ]
        + systems.flatMap { system -> [Target] in
            [
                .target(
                    name: system.domain,
                    dependencies: ["LambdaEvents", "AWSClient", "HTTPFunctionKit"],
                    path: "Functions/\(system.folder)/\(system.domain)"
                ),
                .testTarget(name: "\(system.domain)Tests", dependencies: [.target(name: system.domain), "AWSClient", "TestSupport"]),
            ]
                + system.functions.map { function in
                    .executableTarget(
                        name: function,
                        dependencies: apiFunctionDependencies + [.target(name: system.domain)],
                        path: "Functions/\(system.folder)/\(function)"
                    )
                }
        },
    swiftLanguageModes: [.v6]
)
