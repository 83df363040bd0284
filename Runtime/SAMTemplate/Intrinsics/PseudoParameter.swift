/// The `AWS::` names `Ref` and `Fn::Sub` accept without a declaration.
enum PseudoParameter: String, CaseIterable {
    case region = "AWS::Region"
    case accountId = "AWS::AccountId"
    case stackName = "AWS::StackName"
    case stackId = "AWS::StackId"
    case partition = "AWS::Partition"
    case urlSuffix = "AWS::URLSuffix"
    case notificationARNs = "AWS::NotificationARNs"
    case noValue = "AWS::NoValue"

    /// The value in `context`; `nil` for `AWS::NoValue`, which removes what it stands in.
    func value(in context: ResolutionContext) -> ResolvedValue? {
        switch self {
        case .region: .string(context.region)
        case .accountId: .string(context.accountId)
        case .stackName: .string(context.stackName)
        case .stackId: .string(context.stackId)
        case .partition: .string(context.partition)
        case .urlSuffix: .string(context.urlSuffix)
        case .notificationARNs: .list([])
        case .noValue: nil
        }
    }
}
