/// A function packaged for Lambda: its folder and its zip.
public struct PackagedFunction: Sendable, Equatable {
    /// The function's logical ID.
    public var logicalId: String
    /// `<output>/<LogicalId>`: `bootstrap` and `lib/`, what the zip holds (and what SAM's build puts
    /// into its artifacts folder).
    public var directory: String
    /// `<output>/<LogicalId>.zip`, unless only the folder was asked for.
    public var zipPath: String?
    /// The zip's size in bytes, when there is one.
    public var zipBytes: Int?
    /// The size of the zip's contents once unpacked, in bytes.
    public var unpackedBytes: Int
    /// The file names (sonames) in `lib/`, the loader among them.
    public var libraries: [String]
    /// Those of ``libraries`` that are stand-ins (``LibraryStandIn``) rather than the real library.
    public var standIns: [String]
}
