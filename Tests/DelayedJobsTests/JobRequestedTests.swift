import AWSClient
import Foundation
import Testing
@testable import DelayedJobs

/// The event that hands a job to the job function, and what counts as it being published.
@Suite struct JobRequestedTests {
    @Test func theEventCarriesTheJobIdOnTheJobsBus() throws {
        let entry = try JobRequested.entry(jobId: "abc", busName: "jobs-bus")
        #expect(entry.source == "dataspan.jobs")
        #expect(entry.detailType == "JobRequested")
        #expect(entry.eventBusName == "jobs-bus")
        let detail = try JSONDecoder().decode(JobRequested.self, from: Data(entry.detail.utf8))
        #expect(detail.jobId == "abc")
    }

    @Test func anAcceptedEntryIsNoRejection() {
        #expect(JobRequested.rejection(in: PutEventsResponse(failedEntryCount: 0, entries: [PutEventsResultEntry(eventID: "e1")])) == nil)
    }

    @Test func aRefusedEntryIsAnErrorEvenThoughTheCallSucceeded() throws {
        let response = PutEventsResponse(
            failedEntryCount: 1,
            entries: [PutEventsResultEntry(errorCode: "InternalFailure", errorMessage: "try later")])
        let error = try #require(JobRequested.rejection(in: response))
        #expect(error.code.rawValue == "InternalFailure")
        #expect(error.message.contains("try later"))
        #expect(error.kind == .service)
    }

    @Test func aResponseWithoutEntriesButAFailureCountIsARejection() {
        #expect(JobRequested.rejection(in: PutEventsResponse(failedEntryCount: 1, entries: [])) != nil)
        #expect(JobRequested.rejection(in: PutEventsResponse(failedEntryCount: 0, entries: [])) == nil)
    }
}
