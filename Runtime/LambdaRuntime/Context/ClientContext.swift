/// What a mobile SDK caller said about itself, from the `Lambda-Runtime-Client-Context` header.
public struct ClientContext: Codable, Sendable, Equatable {
    /// The calling app.
    public struct Client: Codable, Sendable, Equatable {
        /// The installation's id.
        public var installationID: String?
        /// The app's title.
        public var appTitle: String?
        /// The app's version name.
        public var appVersionName: String?
        /// The app's version code.
        public var appVersionCode: String?
        /// The app's package name.
        public var appPackageName: String?

        enum CodingKeys: String, CodingKey {
            case installationID = "installation_id"
            case appTitle = "app_title"
            case appVersionName = "app_version_name"
            case appVersionCode = "app_version_code"
            case appPackageName = "app_package_name"
        }
    }

    /// The calling app, when given.
    public var client: Client?
    /// Free-form values set by the caller.
    public var custom: [String: String]?
    /// Details of the caller's environment, set by the SDK.
    public var environment: [String: String]?

    enum CodingKeys: String, CodingKey {
        case client
        case custom
        case environment = "env"
    }
}
