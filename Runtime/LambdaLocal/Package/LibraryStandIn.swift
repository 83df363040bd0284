import Foundation

/// A small library that takes the place of one libcurl links but never calls for what a function
/// does (HTTP and HTTPS), so that the real one, and everything it pulls in, stays out of the zip.
///
/// Debian's libcurl links LDAP (with GnuTLS and Cyrus SASL behind it), RTMP, SSH, Kerberos, IDN, the
/// public suffix list, zstd and brotli: about 3.9 MB of the zip, more than a quarter of it. The loader
/// needs every `DT_NEEDED` library, with every symbol version and symbol it is asked for, before
/// `main` runs; it does not need them to work. A stand-in has the same soname and defines exactly the
/// symbols (with their versions) that the zip's other files import from the real library: functions
/// that stop the process with a message naming themselves, and zeroed data. The few that libcurl calls
/// whatever it is asked to do, or whose zero libcurl takes as a clean failure, return zero instead.
enum LibraryStandIn {
    /// The libraries replaced, with what would need them. None of it is reachable through the runtime
    /// and the AWS clients, which only make HTTP and HTTPS requests without cookies or Kerberos, to
    /// ASCII host names, without asking for compressed answers.
    static let replaceable: [String: String] = [
        "libldap-2.5.so.0": "ldap:// URLs",
        "liblber-2.5.so.0": "ldap:// URLs",
        "librtmp.so.1": "rtmp:// URLs",
        "libssh2.so.1": "scp:// and sftp:// URLs",
        "libgssapi_krb5.so.2": "Kerberos (Negotiate) authentication",
        "libidn2.so.0": "host names outside ASCII",
        "libpsl.so.5": "cookies",
        "libzstd.so.1": "zstd-encoded answers",
        "libbrotlidec.so.1": "brotli-encoded answers",
    ]

    /// Functions that return zero. `curl_global_init` calls `libssh2_init` (zero: success), version
    /// reports ask for versions (a null string: none); a null decoder makes libcurl fail the transfer
    /// cleanly, and a zero `idn2_check_version` makes it refuse IDN host names cleanly.
    static let returningZero: Set<String> = [
        "libssh2_init", "libssh2_exit", "libssh2_version",
        "idn2_check_version", "psl_get_version",
        "ZSTD_versionNumber", "ZSTD_createDStream", "BrotliDecoderVersion", "BrotliDecoderCreateInstance",
    ]

    /// A symbol the real library defines, by `nm`'s account.
    struct Symbol: Hashable {
        var name: String
        /// The version node (`OPENLDAP_2.5`), or `nil` for an unversioned symbol.
        var version: String?
        var isFunction: Bool
        var size: Int
    }

    /// What the files import, by name and version (`nil` for an unversioned import).
    static func imports(of files: [String]) throws(LambdaLocalError) -> [(name: String, version: String?)] {
        // One nm for all the files: it prints each file's symbols under its name, which are skipped.
        importedSymbols(nmOutput: try ExternalTool.run("nm", ["--dynamic", "--undefined-only", "--with-symbol-versions"] + files))
    }

    /// Writes a stand-in for `real` (soname `soname`) at `destination`, defining what the zip's
    /// other files import from it (`imports`, from ``imports(of:)``).
    static func write(soname: String, real: String, imports: [(name: String, version: String?)], to destination: String) throws(LambdaLocalError) {
        let defined = definedSymbols(nmOutput: try ExternalTool.run("nm", ["--dynamic", "--defined-only", "--with-symbol-versions", "--print-size", real]))
        var wanted: Set<Symbol> = []
        for (name, version) in imports {
            guard let symbol = defined[name], version == nil || version == symbol.version else { continue }
            wanted.insert(symbol)
        }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("lambda-local-stand-in-\(UUID().uuidString)").path
        do {
            try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
            try source(soname: soname, symbols: wanted).write(toFile: "\(scratch)/stand-in.c", atomically: true, encoding: .utf8)
            try versionScript(symbols: wanted).write(toFile: "\(scratch)/stand-in.map", atomically: true, encoding: .utf8)
        } catch {
            throw LambdaLocalError("cannot write the stand-in for \(soname) in \(scratch): \(error.localizedDescription)")
        }
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        try ExternalTool.run("clang", [
            "-shared", "-fPIC", "-O1", "-o", destination, "\(scratch)/stand-in.c",
            "-Wl,-soname,\(soname)", "-Wl,--version-script=\(scratch)/stand-in.map", "-Wl,--build-id=none",
        ])
    }

    /// `nm -D --defined-only --with-symbol-versions -S`: `0000000000012340 0000000000000042 T name@@VERSION`.
    static func definedSymbols(nmOutput: String) -> [String: Symbol] {
        var symbols: [String: Symbol] = [:]
        for line in nmOutput.split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count >= 3, let full = fields.last else { continue }
            let type = fields[fields.count - 2]
            let size = fields.count == 4 ? Int(fields[1], radix: 16) ?? 0 : 0
            let (name, version) = splitVersion(full)
            guard ["T", "W", "i", "D", "B", "R", "V"].contains(type) else { continue }
            // The default version (`@@`) wins over older ones of the same name.
            if symbols[name] == nil || full.contains("@@") {
                symbols[name] = Symbol(name: name, version: version, isFunction: ["T", "W", "i"].contains(type), size: size)
            }
        }
        return symbols
    }

    /// `nm -D --undefined-only --with-symbol-versions`: `                 U name@VERSION`.
    static func importedSymbols(nmOutput: String) -> [(name: String, version: String?)] {
        nmOutput.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count == 2, let full = fields.last else { return nil }
            return splitVersion(full)
        }
    }

    private static func splitVersion(_ full: Substring) -> (name: String, version: String?) {
        guard let at = full.firstIndex(of: "@") else { return (String(full), nil) }
        let version = full[at...].drop { $0 == "@" }
        return (String(full[..<at]), version.isEmpty ? nil : String(version))
    }

    /// The C source: one definition per symbol, in name order so that the same imports give the
    /// same bytes. No header is included, so no declaration can clash with a symbol's name.
    static func source(soname: String, symbols: Set<Symbol>) -> String {
        var lines = [
            "/* A stand-in for \(soname), written by lambda-local package. */",
            "extern long write(int, const void *, unsigned long);",
            "extern void abort(void);",
            "static void stand_in_called(const char *message, unsigned long length) {",
            "    write(2, message, length);",
            "    abort();",
            "}",
        ]
        for symbol in symbols.sorted(by: { $0.name < $1.name }) {
            if !symbol.isFunction {
                lines.append("char \(symbol.name)[\(max(symbol.size, 8))];")
            } else if returningZero.contains(symbol.name) {
                lines.append("long \(symbol.name)(void) { return 0; }")
            } else {
                let message = "\(soname) is not in this package (it serves \(replaceable[soname] ?? "what this function does not use")): \(symbol.name) was called\n"
                lines.append("long \(symbol.name)(void) { stand_in_called(\"\(message.replacingOccurrences(of: "\n", with: "\\n"))\", \(message.utf8.count)); return 0; }")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One version node per version the symbols carry; unversioned symbols stay global without one.
    static func versionScript(symbols: Set<Symbol>) -> String {
        let byVersion = Dictionary(grouping: symbols.filter { $0.version != nil }) { $0.version! }
        guard !byVersion.isEmpty else { return "{ global: *; };\n" }
        return byVersion.keys.sorted().map { version in
            "\(version) { global: " + byVersion[version]!.map(\.name).sorted().map { "\($0);" }.joined(separator: " ") + " };"
        }.joined(separator: "\n") + "\n"
    }
}
