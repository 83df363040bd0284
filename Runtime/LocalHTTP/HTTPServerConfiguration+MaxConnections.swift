#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension HTTPServerConfiguration {
    /// Descriptors kept out of every server's share: the function processes' pipes, their Runtime
    /// API listeners and connections, the SQLite database and its journal.
    static var descriptorsKeptForTheRest: Int { 256 }

    /// The connections a server takes by default: half of what the process may open (there are two
    /// main servers) after ``descriptorsKeptForTheRest``, at most 1,024, and at least 32 however low
    /// the limit. With the usual soft limit of 1,024 descriptors that is 384; where it is raised, 1,024.
    public static let defaultMaxConnections: Int = {
        var limit = rlimit()
        // `rlim_t.max` is RLIM_INFINITY, which Swift does not import.
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0, limit.rlim_cur != rlim_t.max else { return 1_024 }
        let open = Int(clamping: limit.rlim_cur)
        return min(1_024, max(32, (open - descriptorsKeptForTheRest) / 2))
    }()
}
