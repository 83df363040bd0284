/// Recognises the long form of an intrinsic function: a mapping with one key such as `Ref` or `Fn::Sub`.
enum LongFormIntrinsic {
    static func recognize(_ value: TemplateValue) -> TemplateValue {
        guard let entries = value.entries, entries.count == 1,
              let function = IntrinsicFunction(rawValue: entries[0].key)
        else { return value }
        let argument = entries[0].value
        // `Condition` is also an ordinary key (IAM policy statements); as a function it names a condition.
        if function == .condition, argument.text == nil { return value }
        return TemplateValue(.intrinsic(function, argument), at: value.location)
    }
}
