import Foundation
import Testing
@testable import LocalAPIGateway

/// When a request body reaches the function as text, and when as base64.
@Suite struct BodyEncodingTests {
    let apis = try! gateway("""
        Resources:
          Uploads:
            Type: AWS::Serverless::Api
            Properties:
              StageName: Prod
              BinaryMediaTypes: ["image~1png", "application~1vnd.*"]
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              Events:
                Rest: {Type: Api, Properties: {RestApiId: !Ref Uploads, Path: /upload, Method: POST}}
                Http: {Type: HttpApi, Properties: {Path: /upload, Method: PUT}}
        """)
    let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0xFF]

    @Test func aRestAPISendsBase64OnlyForItsBinaryMediaTypes() throws {
        let image = try apis.invocation("POST", "/upload", headers: [("Content-Type", "image/png")], body: png).restEvent()
        #expect(image.isBase64Encoded)
        #expect(image.body == Data(png).base64EncodedString())
        #expect(try image.bodyData() == Data(png))

        let wildcard = try apis.invocation("POST", "/upload", headers: [("Content-Type", "application/vnd.ms-excel")],
                                           body: [1, 2, 3]).restEvent()
        #expect(wildcard.isBase64Encoded)

        let json = try apis.invocation("POST", "/upload", headers: [("Content-Type", "application/json; charset=utf-8")],
                                       body: Array(#"{"a":1}"#.utf8)).restEvent()
        #expect(!json.isBase64Encoded)
        #expect(json.body == #"{"a":1}"#)
    }

    @Test func aRestAPIPassesOtherBytesAsTextEvenWhenTheyAreNotUTF8() throws {
        let event = try apis.invocation("POST", "/upload", headers: [("Content-Type", "application/pdf")], body: png).restEvent()
        #expect(!event.isBase64Encoded)
        #expect(event.body?.contains("\u{FFFD}") == true)
    }

    @Test func anHttpAPISendsTextualTypesAsTextAndEverythingElseAsBase64() throws {
        let textual = ["text/plain", "text/csv; charset=utf-8", "application/json", "application/problem+json",
                       "application/xml", "application/atom+xml", "application/x-www-form-urlencoded",
                       "application/javascript", "Application/JSON"]
        for type in textual {
            let event = try apis.invocation("PUT", "/upload", headers: [("Content-Type", type)], body: Array("a=1".utf8)).httpEvent()
            #expect(!event.isBase64Encoded, "\(type)")
            #expect(event.body == "a=1", "\(type)")
        }
        for type in ["image/png", "application/octet-stream", "multipart/form-data; boundary=x"] {
            let event = try apis.invocation("PUT", "/upload", headers: [("Content-Type", type)], body: png).httpEvent()
            #expect(event.isBase64Encoded, "\(type)")
            #expect(try event.bodyData() == Data(png), "\(type)")
        }
    }

    @Test func anHttpAPISendsABodyWithoutContentTypeOrNotUTF8AsBase64() throws {
        let untyped = try apis.invocation("PUT", "/upload", body: Array("hello".utf8)).httpEvent()
        #expect(untyped.isBase64Encoded)
        #expect(untyped.body == "aGVsbG8=")
        let mislabelled = try apis.invocation("PUT", "/upload", headers: [("Content-Type", "text/plain")], body: png).httpEvent()
        #expect(mislabelled.isBase64Encoded)
        #expect(try mislabelled.bodyData() == Data(png))
    }

    @Test func anEmptyBodyIsNoBody() throws {
        let http = try apis.invocation("PUT", "/upload", headers: [("Content-Type", "image/png")]).httpEvent()
        #expect(http.body == nil && !http.isBase64Encoded)
        let rest = try apis.invocation("POST", "/upload", headers: [("Content-Type", "image/png")]).restEvent()
        #expect(rest.body == nil && !rest.isBase64Encoded)
    }

    @Test func aBodyOverTenMegabytesIsRefusedWith413() throws {
        let tooBig = [UInt8](repeating: 0x61, count: LocalAPIs.maximumBodySize + 1)
        let response = try apis.immediate("POST", "/upload", headers: [("Content-Type", "text/plain")], body: tooBig)
        #expect(response.status == 413)
        #expect(response.message == "Request Too Long")
    }

    @Test func aBodyUnderTenMegabytesWhoseEventExceedsLambdasLimitIsRefusedWith413() throws {
        let body = [UInt8](repeating: 0x00, count: 5_000_000)
        let decision = apis.handle("PUT", "/upload", headers: [("Content-Type", "application/octet-stream")], body: body)
        guard case .respond(let response, let reason) = decision else {
            Issue.record("a 6.7 MB event was sent to the function")
            return
        }
        #expect(response.status == 413)
        #expect(reason.contains("over Lambda's limit"))
    }
}
