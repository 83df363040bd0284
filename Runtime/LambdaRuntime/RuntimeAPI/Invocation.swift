#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import CurlHTTP

/// One event handed out by `GET /runtime/invocation/next`.
struct Invocation {
    let requestID: String
    let deadlineMilliseconds: Int64
    let invokedFunctionARN: String
    let traceID: String?
    let clientContext: ClientContext?
    let cognitoIdentity: CognitoIdentity?
    let tenantID: String?
    /// What the server's `Lambda-Runtime-Invocation-Id` said, to echo on the answer.
    let invocationID: EchoedInvocationID
    let payload: Data

    /// Why the headers of a `/next` answer are not usable.
    enum HeaderProblem: Error {
        /// Without a request id the invocation cannot even be answered.
        case missingRequestID
        /// The invocation can be answered, but only with this error.
        case invalid(requestID: String, invocationID: EchoedInvocationID, message: String)
    }

    /// Reads the invocation from a `/next` answer. Optional headers that are absent or do not decode
    /// are simply nil: they describe the caller, and a malformed one must not fail the invocation.
    init(response: CurlResponse) throws(HeaderProblem) {
        let headers = response.headers
        guard let requestID = headers[RuntimeAPIHeader.requestID], !requestID.isEmpty else {
            throw .missingRequestID
        }
        let invocationID = EchoedInvocationID(header: headers[RuntimeAPIHeader.invocationID])
        guard let deadlineText = headers[RuntimeAPIHeader.deadline], let deadline = Int64(deadlineText) else {
            throw .invalid(
                requestID: requestID, invocationID: invocationID,
                message: "the Runtime API sent no valid \(RuntimeAPIHeader.deadline) header")
        }
        guard let arn = headers[RuntimeAPIHeader.invokedFunctionARN], !arn.isEmpty else {
            throw .invalid(
                requestID: requestID, invocationID: invocationID,
                message: "the Runtime API sent no \(RuntimeAPIHeader.invokedFunctionARN) header")
        }
        self.requestID = requestID
        self.invocationID = invocationID
        deadlineMilliseconds = deadline
        invokedFunctionARN = arn
        traceID = headers[RuntimeAPIHeader.traceID].flatMap { $0.isEmpty ? nil : $0 }
        tenantID = headers[RuntimeAPIHeader.tenantID].flatMap { $0.isEmpty ? nil : $0 }
        clientContext = headers[RuntimeAPIHeader.clientContext].flatMap {
            try? JSONDecoder().decode(ClientContext.self, from: Data($0.utf8))
        }
        cognitoIdentity = headers[RuntimeAPIHeader.cognitoIdentity].flatMap {
            try? JSONDecoder().decode(CognitoIdentity.self, from: Data($0.utf8))
        }
        payload = response.body
    }
}
