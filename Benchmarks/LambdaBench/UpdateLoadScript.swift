import Foundation

/// The Lua script that has wrk send the benchmark's conditional UpdateItem, each on a random item
/// of the table, as an AWS SDK sends it (AWS JSON 1.0, `X-Amz-Target`).
///
/// wrk is the load for the update rate because it costs the server's two cores little: an SDK
/// client in this process would spend about as much CPU a request as the server does, and the
/// figure would be the client's as much as the server's. The `Authorization` header is there for
/// moto_server, which tells services apart by the credential scope and checks no signature;
/// lambda-local reads neither.
enum UpdateLoadScript {
    /// Writes the script for a table of `items` items into `directory`; returns its path.
    static func write(items: Int, into directory: String) throws -> String {
        let path = "\(directory)/update-\(items).lua"
        try """
            wrk.method = "POST"
            wrk.headers["Content-Type"] = "application/x-amz-json-1.0"
            wrk.headers["X-Amz-Target"] = "DynamoDB_20120810.UpdateItem"
            wrk.headers["Authorization"] = "AWS4-HMAC-SHA256 Credential=bench/20260101/us-east-1/dynamodb/aws4_request, SignedHeaders=content-type;host;x-amz-target, Signature=\(String(repeating: "0", count: 64))"

            local seeded = false
            request = function()
              if not seeded then
                -- Each wrk thread its own sequence: a per-thread table address differs.
                math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)"), 16) % 100000)
                seeded = true
              end
              local index = math.random(0, \(items - 1))
              local partition = "p" .. math.floor(index / \(ServicesBenchData.itemsPerPartition))
              local sort = string.format("s%06d", index % \(ServicesBenchData.itemsPerPartition))
              local body = '{"TableName":"\(ServicesBenchData.table)","Key":{"pk":{"S":"' .. partition .. '"},"sk":{"S":"' .. sort .. '"}},'
                .. '"UpdateExpression":"SET n = n + :one","ConditionExpression":"n < :max",'
                .. '"ExpressionAttributeValues":{":one":{"N":"1"},":max":{"N":"1000000"}}}'
              return wrk.format(nil, "/", nil, body)
            end
            """.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}
