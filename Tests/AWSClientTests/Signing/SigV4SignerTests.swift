import AWSClient
import Foundation
import Testing

@Suite struct SigV4SignerTests {
    let signer = SigV4Signer(
        credentials: AWSCredentials(accessKeyID: "AKID", secretAccessKey: "secret", sessionToken: "token/with+chars"),
        region: "eu-west-1", service: "dynamodb")

    @Test(arguments: [
        (Int64(0), "19700101T000000Z"),
        (1_440_938_160, "20150830T123600Z"),
        (1_709_164_799, "20240228T235959Z"),
        (1_709_164_800, "20240229T000000Z"),
        (951_782_400, "20000229T000000Z"),
        (4_102_444_799, "20991231T235959Z"),
        (-1, "19691231T235959Z"),
    ])
    func formatsTimestampsInUTC(seconds: Int64, expected: String) {
        let time = SigV4Timestamp(secondsSince1970: seconds)
        #expect(time.amzDate == expected)
        #expect(time.dateStamp == expected.prefix(8))
    }

    @Test func signAddsDateTokenAndAuthorization() {
        let request = SignableRequest(method: "POST", headers: [("Host", "localhost:3001")], body: Data("{}".utf8))
        let signed = signer.sign(request, at: SigV4Timestamp(secondsSince1970: 1_700_000_000))
        #expect(signed.header("X-Amz-Date") == "20231114T221320Z")
        #expect(signed.header("X-Amz-Security-Token") == "token/with+chars")
        let authorization = signed.header("Authorization") ?? ""
        #expect(authorization.hasPrefix("AWS4-HMAC-SHA256 Credential=AKID/20231114/eu-west-1/dynamodb/aws4_request, "))
        #expect(authorization.contains("SignedHeaders=host;x-amz-date;x-amz-security-token, "))
    }

    @Test func aSignerThatChangesDayRegionOrSecretSignsAsANewOneWould() {
        let request = SignableRequest(method: "POST", headers: [("Host", "localhost"), ("X-Amz-Target", "DynamoDB_20120810.GetItem")])
        let dayOne = SigV4Timestamp(secondsSince1970: 1_700_000_000)
        let dayTwo = SigV4Timestamp(secondsSince1970: 1_700_000_000 + 86_400)
        func fresh(_ change: (inout SigV4Signer) -> Void) -> SigV4Signer {
            var signer = SigV4Signer(credentials: signer.credentials, region: signer.region, service: signer.service)
            change(&signer)
            return signer
        }
        // The same signer value, used again and again after each change, so that a key kept from
        // an earlier signature would show.
        var reused = signer
        #expect(reused.signature(for: request, at: dayOne) == fresh { _ in }.signature(for: request, at: dayOne))
        #expect(reused.signature(for: request, at: dayTwo) == fresh { _ in }.signature(for: request, at: dayTwo))
        reused.credentials.secretAccessKey = "rotated"
        #expect(reused.signature(for: request, at: dayTwo) == fresh { $0.credentials.secretAccessKey = "rotated" }.signature(for: request, at: dayTwo))
        reused.region = "us-west-2"
        #expect(reused.signature(for: request, at: dayTwo).signature
            == fresh { $0.credentials.secretAccessKey = "rotated"; $0.region = "us-west-2" }.signature(for: request, at: dayTwo).signature)
        #expect(reused.signature(for: request, at: dayTwo).signature != signer.signature(for: request, at: dayTwo).signature)
    }

    @Test func headerValuesHaveTheirWhitespaceCollapsed() {
        let spaced = SignableRequest(method: "GET", headers: [("Host", "localhost"), ("X-Note", "  a \t b   c ")])
        let plain = SignableRequest(method: "GET", headers: [("Host", "localhost"), ("X-Note", "a b c")])
        let time = SigV4Timestamp(secondsSince1970: 1_700_000_000)
        #expect(signer.signature(for: spaced, at: time).canonicalRequest.contains("x-note:a b c\n"))
        #expect(signer.signature(for: spaced, at: time).signature == signer.signature(for: plain, at: time).signature)
    }

    @Test func signingAgainReplacesTheEarlierSignature() {
        let request = SignableRequest(method: "POST", headers: [("Host", "localhost")])
        let first = signer.sign(request, at: SigV4Timestamp(secondsSince1970: 1_700_000_000))
        let second = signer.sign(first, at: SigV4Timestamp(secondsSince1970: 1_700_000_060))
        #expect(second.headers.filter { $0.name == "Authorization" }.count == 1)
        #expect(second.headers.filter { $0.name == "X-Amz-Date" }.map(\.value) == ["20231114T221420Z"])
        #expect(second.header("Authorization") != first.header("Authorization"))
    }

    @Test func headersThatProxiesRewriteAreNotSigned() {
        let request = SignableRequest(
            method: "POST",
            headers: [("Host", "h"), ("User-Agent", "x"), ("X-Amzn-Trace-Id", "Root=1"), ("X-Amz-Date", "20240101T000000Z")])
        let signature = signer.signature(for: request, at: SigV4Timestamp(secondsSince1970: 1_704_067_200))
        #expect(signature.signedHeaders == "host;x-amz-date")
    }

    @Test func headerValuesAreTrimmedAndInnerSpacesCollapsed() {
        let request = SignableRequest(
            method: "GET", headers: [("Host", "h"), ("My-Header", "  a   b \t c  "), ("X-Amz-Date", "20240101T000000Z")])
        let signature = signer.signature(for: request, at: SigV4Timestamp(secondsSince1970: 1_704_067_200))
        #expect(signature.canonicalRequest.contains("\nmy-header:a b c\n"))
    }

    @Test func pathsAreNormalizedAndEncodedAgain() {
        let request = SignableRequest(method: "GET", path: "/a//./b/../c%20d/", headers: [("Host", "h")])
        let signature = signer.signature(for: request, at: SigV4Timestamp(secondsSince1970: 0))
        #expect(signature.canonicalRequest.hasPrefix("GET\n/a/c%2520d/\n"))
    }
}
