import Testing
@testable import LocalLambda

/// Which version an Invoke API call runs, from the qualifier in its function name or in
/// `?Qualifier=`, resolved as Lambda resolves it.
@Suite struct QualifierTests {
    static func configuration(alias: String? = nil) -> FunctionPoolConfiguration {
        FunctionPoolConfiguration(
            functionName: "hello", launch: LaunchConfiguration(executable: "/bin/true", environment: [:], workingDirectory: "/"), memorySize: 128,
            timeout: .seconds(3), invokedFunctionARN: "arn:aws:lambda:us-east-1:123456789012:function:hello", alias: alias)
    }

    /// The qualifier a call asks for, or the Invoke API's error code and message.
    static func qualifier(_ name: String, query: Substring = "") -> Result<String?, InvokeAPIError> {
        Result { () throws(InvokeAPIError) in try FunctionIdentifier(name).qualifier(query: query) }
    }

    @Test func namesPartialARNsAndFullARNsCarryTheirQualifier() {
        func parts(_ raw: String) -> [String?] {
            let identifier = FunctionIdentifier(raw)
            return [identifier.name, identifier.qualifier]
        }
        #expect(parts("hello") == ["hello", nil])
        #expect(parts("hello:live") == ["hello", "live"])
        #expect(parts("123456789012:function:hello") == ["hello", nil])
        #expect(parts("123456789012:function:hello:1") == ["hello", "1"])
        #expect(parts("arn:aws:lambda:us-east-1:123456789012:function:hello:$LATEST") == ["hello", "$LATEST"])
    }

    @Test func theQualifierComesFromTheNameOrTheQueryAndBothMustAgree() throws {
        #expect(try Self.qualifier("hello").get() == nil)
        #expect(try Self.qualifier("hello:live").get() == "live")
        #expect(try Self.qualifier("hello", query: "Qualifier=live").get() == "live")
        #expect(try Self.qualifier("hello", query: "Qualifier=%24LATEST").get() == "$LATEST")
        #expect(try Self.qualifier("hello", query: "Qualifier=").get() == nil)
        #expect(try Self.qualifier("hello:live", query: "Qualifier=live").get() == "live")
        guard case .failure(let error) = Self.qualifier("hello:live", query: "Qualifier=1") else {
            Issue.record("two qualifiers that disagree must be refused")
            return
        }
        let response = error.response
        #expect(response.status == .badRequest)
        #expect(response.headers.first(name: "X-Amzn-ErrorType") == "InvalidParameterValueException")
        #expect(String(buffer: response.body).contains(
            "The derived qualifier from the function name does not match the specified qualifier."))
    }

    @Test func withoutAutoPublishAliasOnlyLatestExists() {
        let configuration = Self.configuration()
        #expect(configuration.executedVersion(for: nil) == "$LATEST")
        #expect(configuration.executedVersion(for: "$LATEST") == "$LATEST")
        #expect(configuration.executedVersion(for: "1") == nil)
        #expect(configuration.executedVersion(for: "nope") == nil)
        #expect(configuration.executedVersion(for: "") == nil)
    }

    @Test func theAliasAndTheFirstPublishedVersionRunVersionOne() {
        let configuration = Self.configuration(alias: "live")
        #expect(configuration.executedVersion(for: nil) == "$LATEST")
        #expect(configuration.executedVersion(for: "$LATEST") == "$LATEST")
        #expect(configuration.executedVersion(for: "live") == "1")
        #expect(configuration.executedVersion(for: "1") == "1")
        #expect(configuration.executedVersion(for: "2") == nil)
        #expect(configuration.executedVersion(for: "Live") == nil)
        #expect(configuration.executedVersion(for: "nope") == nil)
    }
}
