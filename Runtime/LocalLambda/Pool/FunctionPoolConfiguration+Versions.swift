/// The versions and aliases a local function has, as a deployment of the same template would.
///
/// The template's code is the only code there is locally. A function without `AutoPublishAlias`
/// has `$LATEST` alone, as on Lambda before anything is published. A function with one is taken as
/// it stands after its first `sam deploy`: SAM published version 1 from the template's code and
/// pointed the alias at it. The alias and version 1 therefore run the same instances as `$LATEST`
/// (the code is the same), and report version 1 as the version that ran.
extension FunctionPoolConfiguration {
    /// The version SAM publishes first, which the alias points to.
    public static let firstPublishedVersion = "1"

    /// The version that runs for a qualifier (`$LATEST`, the alias, or a published version), or
    /// `nil` when the qualifier names nothing this function has. No qualifier means `$LATEST`.
    public func executedVersion(for qualifier: String?) -> String? {
        guard let qualifier, qualifier != "$LATEST" else { return "$LATEST" }
        guard let alias else { return nil }
        return qualifier == alias || qualifier == Self.firstPublishedVersion ? Self.firstPublishedVersion : nil
    }
}
