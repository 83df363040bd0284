/// Where a function's code is, as `CodeUri` (SAM) or `Code` (`AWS::Lambda::Function`) says: a
/// local folder, or an object in S3 (`s3://bucket/key`, `{Bucket, Key}` or `{S3Bucket, S3Key}`).
struct FunctionCode {
    var localPath: String?
    var s3Location: String?

    init(_ value: ResolvedValue?) {
        if let text = value?.string {
            if text.hasPrefix("s3://") {
                s3Location = text
            } else {
                localPath = text
            }
        } else if let bucket = value?["Bucket"]?.string ?? value?["S3Bucket"]?.string {
            let key = value?["Key"]?.string ?? value?["S3Key"]?.string ?? ""
            s3Location = "s3://\(bucket)/\(key)"
        }
    }
}
