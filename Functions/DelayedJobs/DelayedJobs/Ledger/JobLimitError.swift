/// Why a job is not accepted.
public enum JobLimitError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The user has the most active jobs allowed.
    case tooManyActive(userId: String, maxActiveJobs: Int)
    /// Other requests for the same user kept the transaction from going through.
    case contended(userId: String)

    public var description: String {
        switch self {
        case .tooManyActive(let userId, let max):
            "user \(userId) already has \(max) active jobs, the most allowed; wait for one to finish"
        case .contended(let userId):
            "too many simultaneous requests for the jobs of user \(userId); try again"
        }
    }
}
