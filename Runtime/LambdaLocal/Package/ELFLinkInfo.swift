/// How an ELF file asks to be linked: its program interpreter, the libraries it needs and where the
/// loader is told to look for them, as `readelf` reports them.
struct ELFLinkInfo: Equatable {
    /// `PT_INTERP`, the loader the kernel starts for an executable; `nil` for a library.
    var interpreter: String?
    /// `DT_NEEDED`, in file order.
    var needed: [String] = []
    /// `DT_RPATH`: searched before `LD_LIBRARY_PATH`, for this object and everything it loads.
    var rpath: String?
    /// `DT_RUNPATH`: searched after `LD_LIBRARY_PATH`, for this object's own needs only.
    var runpath: String?
    /// `DT_SONAME`.
    var soname: String?

    /// Reads the file's program headers and dynamic section.
    static func read(_ path: String) throws(LambdaLocalError) -> ELFLinkInfo {
        parse(readelfOutput: try ExternalTool.run("readelf", ["--program-headers", "--dynamic", "--wide", path]))
    }

    /// Reads `readelf -ldW`: `[Requesting program interpreter: /lib64/ld-linux-x86-64.so.2]`,
    /// `(NEEDED)  Shared library: [libc.so.6]`, `(RPATH)  Library rpath: [...]`, `(RUNPATH) ...`,
    /// `(SONAME)  Library soname: [...]`.
    static func parse(readelfOutput: String) -> ELFLinkInfo {
        var info = ELFLinkInfo()
        for line in readelfOutput.split(separator: "\n") {
            if line.contains("[Requesting program interpreter: ") {
                info.interpreter = bracketed(line, after: "interpreter: ")
            } else if line.contains("(NEEDED)") {
                if let name = bracketed(line, after: "Shared library: [") { info.needed.append(name) }
            } else if line.contains("(RPATH)") {
                info.rpath = bracketed(line, after: "Library rpath: [")
            } else if line.contains("(RUNPATH)") {
                info.runpath = bracketed(line, after: "Library runpath: [")
            } else if line.contains("(SONAME)") {
                info.soname = bracketed(line, after: "Library soname: [")
            }
        }
        return info
    }

    /// The text between `marker` and the next `]`.
    private static func bracketed(_ line: Substring, after marker: String) -> String? {
        guard let start = line.range(of: marker)?.upperBound,
              let end = line[start...].firstIndex(of: "]")
        else { return nil }
        return String(line[start..<end])
    }
}
