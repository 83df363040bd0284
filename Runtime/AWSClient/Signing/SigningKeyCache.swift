/// The last signing key a signer derived. A key is good for one day, region, service and secret,
/// and deriving it takes four HMACs: more than signing the request itself. The AWS SDKs keep it
/// the same way.
final class SigningKeyCache: @unchecked Sendable {
    private struct Entry {
        let secret: String
        let scope: String
        let key: SigV4SigningKey
    }

    private let lock = ThreadLock()
    private var entry: Entry?

    /// The key for `secret` and `scope` (`date/region/service`), derived by `derive` when it is not the last one.
    func key(secret: String, scope: String, derive: () -> SigV4SigningKey) -> SigV4SigningKey {
        if let cached = lock.withLock({ entry }), cached.secret == secret, cached.scope == scope {
            return cached.key
        }
        let key = derive()
        lock.withLock { entry = Entry(secret: secret, scope: scope, key: key) }
        return key
    }
}
