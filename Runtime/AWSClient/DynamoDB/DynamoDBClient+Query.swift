import LambdaEvents

extension DynamoDBClient {
    /// Reads one page of a partition (Query). Blocks the calling thread for each attempt.
    public func query(_ request: QueryRequest) async throws(AWSError) -> QueryResponse {
        try await transport.call("Query", request)
    }

    /// Reads one page of a table or index (Scan). Blocks the calling thread for each attempt.
    public func scan(_ request: ScanRequest) async throws(AWSError) -> ScanResponse {
        try await transport.call("Scan", request)
    }

    /// Every page of a Query, fetched as the sequence is iterated; `limit` sizes each page.
    public func queryPages(_ request: QueryRequest) -> ItemPages {
        ItemPages(firstKey: request.exclusiveStartKey) { [self] key throws(AWSError) in
            var page = request
            page.exclusiveStartKey = key
            return try await query(page)
        }
    }

    /// Every page of a Scan, fetched as the sequence is iterated; `limit` sizes each page.
    public func scanPages(_ request: ScanRequest) -> ItemPages {
        ItemPages(firstKey: request.exclusiveStartKey) { [self] key throws(AWSError) in
            var page = request
            page.exclusiveStartKey = key
            return try await scan(page)
        }
    }

    /// Every item a Query matches, reading page after page until the last.
    public func queryAll(_ request: QueryRequest) async throws(AWSError) -> [DynamoDBItem] {
        try await collect(queryPages(request))
    }

    /// Every item of a Scan, reading page after page until the last.
    public func scanAll(_ request: ScanRequest) async throws(AWSError) -> [DynamoDBItem] {
        try await collect(scanPages(request))
    }

    private func collect(_ pages: ItemPages) async throws(AWSError) -> [DynamoDBItem] {
        var items: [DynamoDBItem] = []
        var iterator = pages.makeAsyncIterator()
        while let page = try await iterator.next() {
            items.append(contentsOf: page.items)
        }
        return items
    }
}
