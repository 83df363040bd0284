import Testing

/// The OS-only Lambda runtimes a packaged zip is deployed on, as far as a `bootstrap` can tell them
/// apart: the variables Lambda sets and the system libraries of the image.
///
/// The same zip passes on both for the same reason: the kernel starts the zip's own loader
/// (`/var/task/lib/ld-linux-x86-64.so.2`), whose `DT_RPATH` search finds every library in
/// `/var/task/lib` before Lambda's `LD_LIBRARY_PATH` (`/lib64:/usr/lib64:...`) is looked at, so the
/// image's glibc (2.26 or 2.34) and libraries are never loaded. The empty root stands in for either
/// image by holding decoys where the image keeps its libraries: valid ELF libraries under the names
/// `libc.so.6`, `libcurl.so.4`, ..., which lack every symbol the bootstrap needs, as an older glibc
/// lacks the `GLIBC_2.34` symbol versions. A bootstrap that reached for them would fail to start.
enum LambdaImage: String, CaseIterable, Sendable, CustomTestStringConvertible {
    /// Amazon Linux 2, glibc 2.26; deprecated by AWS on 2026-07-31.
    case providedAL2 = "provided.al2"
    /// Amazon Linux 2023, glibc 2.34.
    case providedAL2023 = "provided.al2023"

    var testDescription: String { rawValue }

    /// What Lambda sets for an OS-only runtime (besides the function's own variables).
    var environment: [String: String] {
        [
            "LD_LIBRARY_PATH": "/var/lang/lib:/lib64:/usr/lib64:/var/runtime:/var/runtime/lib:/var/task:/var/task/lib:/opt/lib",
            "PATH": "/usr/local/bin:/usr/bin/:/bin:/opt/bin",
            "LAMBDA_TASK_ROOT": "/var/task",
            "LAMBDA_RUNTIME_DIR": "/var/runtime",
            "_HANDLER": "bootstrap",
            "TZ": ":UTC",
            "LANG": "en_US.UTF-8",
        ]
    }

    /// Where the image keeps the libraries a careless bootstrap would load.
    var systemLibraryFolders: [String] { ["/lib64", "/usr/lib64"] }

    /// The library names the decoys take.
    static let decoyNames = ["libc.so.6", "libm.so.6", "libstdc++.so.6", "libgcc_s.so.1", "libcurl.so.4", "libssl.so.3", "libcrypto.so.3", "libz.so.1"]
}
