#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the trusted certificate authorities are on the machine the binary runs on.
///
/// libcurl is built with the CA path of the machine it was built for. A binary carried to another
/// distribution (this project's zips run on Amazon Linux, built on Debian) must name the file itself.
public enum CABundle {
    /// Known locations, in order: Amazon Linux and Fedora first, then Debian and Ubuntu, then Alpine and SUSE.
    public static let knownPaths = [
        "/etc/pki/tls/certs/ca-bundle.crt",
        "/etc/ssl/certs/ca-certificates.crt",
        "/etc/ssl/cert.pem",
        "/etc/ssl/ca-bundle.pem",
    ]

    /// `SSL_CERT_FILE` when set, otherwise the first known path that exists, otherwise `nil`
    /// (libcurl's built-in default then applies).
    public static func locate(environment: [String: String]) -> String? {
        if let configured = environment["SSL_CERT_FILE"], !configured.isEmpty {
            return configured
        }
        return knownPaths.first { access($0, R_OK) == 0 }
    }
}
