/// Where a packaged `bootstrap` finds its loader and libraries: in the zip, never on the host.
///
/// Lambda unpacks the zip at `/var/task`, so the loader's path is known in advance and the kernel can
/// start it directly: no shell wrapper runs before the binary. The search path is `DT_RPATH`, not
/// `DT_RUNPATH`, on purpose: Lambda sets `LD_LIBRARY_PATH=/var/lang/lib:/lib64:/usr/lib64:...`, which
/// the loader searches before a `DT_RUNPATH` (it would pick Amazon Linux's older glibc) but after a
/// `DT_RPATH`; and a `DT_RPATH` also serves the libraries' own needs (libcurl's libssl, ...), where a
/// `DT_RUNPATH` serves only the binary's direct ones.
enum BootstrapLinking {
    /// Where Lambda unpacks a function's zip (`LAMBDA_TASK_ROOT`).
    static let taskRoot = "/var/task"
    /// The folder of the zip that holds the libraries.
    static let libraryFolder = "lib"

    /// The loader's path on Lambda, for a loader of this file name.
    static func interpreter(named loaderName: String) -> String {
        "\(taskRoot)/\(libraryFolder)/\(loaderName)"
    }

    /// `$ORIGIN/lib` first, so that the unpacked folder also runs from anywhere through its loader
    /// (`lib/ld-linux-x86-64.so.2 ./bootstrap`); `/var/task/lib` too, because `$ORIGIN` needs
    /// `/proc/self/exe`, and the binary must not depend on `/proc` to find its libraries.
    static let searchPath = "$ORIGIN/\(libraryFolder):\(taskRoot)/\(libraryFolder)"

    /// Points the binary at the loader and libraries of the zip.
    static func apply(to binary: String, loaderName: String) throws(LambdaLocalError) {
        try ExternalTool.run("patchelf", [
            "--set-interpreter", interpreter(named: loaderName),
            "--force-rpath", "--set-rpath", searchPath,
            binary,
        ])
    }
}
