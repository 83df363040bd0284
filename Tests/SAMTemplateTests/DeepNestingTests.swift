import SAMTemplate
import Testing
import TestSupport

/// Templates whose reading or resolving would recurse deeper than a thread's stack holds are
/// refused first. Each runs on a thread with a pool thread's small stack, where recursing too deep
/// would crash the process instead of failing the test.
@Suite("Deep nesting: refused before the stack runs out")
struct DeepNestingTests {
    static func error(_ yaml: String) -> TemplateError? {
        SmallStack.run { loadingError(yaml) }
    }

    /// A template whose `Probe` resource has `value` as its `Value` property, after `sections`.
    static func probe(_ value: String, sections: String = "Conditions:\n  Yes: !Equals [a, a]\n") -> String {
        sections + "Resources:\n  Probe:\n    Type: Custom::Probe\n    Properties:\n      Value: " + value + "\n"
    }

    static func nested(_ open: String, _ close: String, depth: Int, around core: String = "x") -> String {
        String(repeating: open, count: depth) + core + String(repeating: close, count: depth)
    }

    @Test("a chain of 10,000 conditions, each using the next")
    func conditionChain() {
        var sections = "Conditions:\n"
        for index in 0..<10_000 { sections += "  C\(index): !Condition C\(index + 1)\n" }
        sections += "  C10000: !Equals [a, a]\n"
        let error = Self.error(Self.probe("!If [C0, yes, no]", sections: sections))
        #expect(error?.code == .nestedTooDeeply)
        #expect(error?.message.contains("more than 40 levels deep") == true)
    }

    @Test("a chain of 10,000 resource names, each made from the next")
    func nameChain() {
        var yaml = "Resources:\n"
        for index in 0..<10_000 {
            yaml += "  T\(index):\n    Type: AWS::DynamoDB::Table\n    Properties: {TableName: !Ref T\(index + 1)}\n"
        }
        yaml += "  T10000:\n    Type: AWS::DynamoDB::Table\n"
        #expect(Self.error(yaml)?.code == .nestedTooDeeply)
    }

    @Test("a mapping whose value looks itself up")
    func selfReferentialMapping() {
        let sections = "Mappings:\n  M:\n    k:\n      v: !FindInMap [M, k, v]\n"
        let error = Self.error(Self.probe("!FindInMap [M, k, v]", sections: sections))
        #expect(error?.code == .nestedTooDeeply)
        #expect(error?.location?.line == 4)
    }

    @Test("intrinsic and condition functions nested 10,000 deep, in YAML and in JSON", arguments: [
        nested("!If [Yes, ", ", no]", depth: 10_000),
        nested("!Join ['', [", "]]", depth: 10_000),
        nested("!Sub ['${V}', {V: ", "}]", depth: 10_000),
        "!If [Deep, y, n]\n" + "Conditions:\n  Deep: " + nested("!Not [", "]", depth: 10_000, around: "!Equals [a, a]"),
        nested("{\"Fn::If\": [\"Yes\", ", ", \"y\"]}", depth: 10_000, around: "\"x\""),
        "\n" + (0..<1_000).map { String(repeating: " ", count: 8 + 2 * $0) + "Fn::Base64:\n" }.joined()
            + String(repeating: " ", count: 2_008) + "x",
    ])
    func deepFunctions(value: String) {
        let error = Self.error(Self.probe(value))
        #expect(error?.code == .syntax)
        #expect(error?.message.contains("nested more than 40 levels deep") == true)
    }

    @Test("block mappings indented as deep as the first check lets through")
    func deepBlockMappings() {
        var value = "\n"
        for level in 0..<150 { value += String(repeating: " ", count: level + 7) + "k:\n" }
        value += String(repeating: " ", count: 157) + "x"
        let error = Self.error(Self.probe(value))
        #expect(error?.code == .syntax)
        #expect(error?.message.contains("nested more than 40 levels deep") == true)
    }

    @Test("nesting just within the limits loads on a small stack", arguments: [
        probe(nested("!If [Yes, ", ", no]", depth: 34)),
        probe(nested("[", "]", depth: 34)),
        probe("!If [Deep, y, n]", sections: "Conditions:\n  Deep: " + nested("!Not [", "]", depth: 34, around: "!Equals [a, a]") + "\n"),
        probe("!If [C0, y, n]", sections: "Conditions:\n"
              + (0..<38).map { "  C\($0): !Condition C\($0 + 1)\n" }.joined() + "  C38: !Equals [a, a]\n"),
        "Resources:\n" + (0..<19).map { "  T\($0):\n    Type: AWS::DynamoDB::Table\n    Properties: {TableName: !Ref T\($0 + 1)}\n" }
            .joined() + "  T19:\n    Type: AWS::DynamoDB::Table\n",
    ])
    func withinLimits(yaml: String) {
        #expect(Self.error(yaml) == nil)
    }
}
