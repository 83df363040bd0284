import AWSClient
import HTTPFunctionKit

extension StreamLimiter {
    /// The limiter as the template configures it: `STREAMS_TABLE`, `MAX_STREAMS`,
    /// `STREAM_LEASE_SECONDS`, and the DynamoDB the environment points at.
    /// - Throws: ``SettingError`` for a missing or unusable setting, `AWSError` for a bad AWS configuration.
    public static func fromEnvironment(_ setting: FunctionSetting = FunctionSetting()) throws -> StreamLimiter {
        let settings = StreamLimitSettings(
            maxStreams: try setting.integer(
                "MAX_STREAMS", default: StreamLimitSettings.defaultMaxStreams, in: StreamLimitSettings.maxStreamsRange),
            leaseSeconds: try setting.integer(
                "STREAM_LEASE_SECONDS", default: StreamLimitSettings.defaultLeaseSeconds, in: StreamLimitSettings.leaseSecondsRange))
        return StreamLimiter(
            dynamo: try DynamoDBClient(environment: setting.environment), tableName: try setting.string("STREAMS_TABLE"),
            settings: settings)
    }
}
