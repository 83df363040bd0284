/// Every shared library a binary loads, directly or through another library, as this machine's
/// dynamic loader resolves them (`ldd`), and the loader itself.
///
/// This is what must travel in the zip: on Lambda none of it may come from the operating system,
/// whose glibc (2.26 on Amazon Linux 2) is older than the one the binary was linked against.
struct SharedLibraryClosure: Equatable {
    /// A library by the name it is asked for (its `DT_NEEDED` entry, its soname) and where it is here.
    struct Library: Equatable {
        var soname: String
        var path: String
    }

    /// The libraries, sorted by soname; the loader is not among them.
    var libraries: [Library]
    /// The program interpreter on this machine (`/lib64/ld-linux-x86-64.so.2`), or `nil` for a
    /// statically linked binary.
    var interpreter: String?

    /// The closure of the binary, from `ldd`.
    static func of(binary: String) throws(LambdaLocalError) -> SharedLibraryClosure {
        try parse(lddOutput: ExternalTool.run("ldd", [binary]), binary: binary)
    }

    /// Reads `ldd`'s lines: `libname.so.1 => /path/libname.so.1 (0x...)` for a library,
    /// `/lib64/ld-linux-x86-64.so.2 (0x...)` for the loader, `linux-vdso.so.1 (0x...)` for the
    /// kernel's virtual library (which no file provides), `libname.so.1 => not found` for a missing one.
    static func parse(lddOutput: String, binary: String) throws(LambdaLocalError) -> SharedLibraryClosure {
        if lddOutput.contains("statically linked") || lddOutput.contains("not a dynamic executable") {
            return SharedLibraryClosure(libraries: [], interpreter: nil)
        }
        var libraries: [Library] = []
        var interpreter: String?
        var missing: [String] = []
        for rawLine in lddOutput.split(separator: "\n") {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty else { continue }
            if let arrow = line.range(of: " => ") {
                let soname = String(line[..<arrow.lowerBound])
                let target = line[arrow.upperBound...]
                if target.hasPrefix("not found") {
                    missing.append(soname)
                    continue
                }
                // `=> (0x...)` with no path: a virtual library.
                guard target.hasPrefix("/") else { continue }
                let path = String(target.prefix { $0 != " " })
                libraries.append(Library(soname: soname, path: path))
            } else if line.hasPrefix("/") {
                interpreter = String(line.prefix { $0 != " " })
            }
            // Anything else (`linux-vdso.so.1 (0x...)`) is provided by the kernel.
        }
        guard missing.isEmpty else {
            throw LambdaLocalError("\(binary) needs libraries this machine does not have: \(missing.joined(separator: ", "))")
        }
        guard let interpreter else {
            throw LambdaLocalError("ldd named no program interpreter for \(binary)")
        }
        // A library that is also the loader (libc's dependency on ld-linux) travels once, as the loader.
        let loaderName = interpreter.split(separator: "/").last.map(String.init)
        libraries.removeAll { $0.soname == loaderName || $0.path == interpreter }
        return SharedLibraryClosure(libraries: libraries.sorted { $0.soname < $1.soname }, interpreter: interpreter)
    }
}
