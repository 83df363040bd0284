import Testing
import SAMTemplate

@Suite("Robustness: any input gives a template or an error, never a crash")
struct RobustnessTests {
    @Test("every prefix of a real template loads or fails with a located error")
    func truncatedTemplates() {
        let characters = Array(shopTemplate)
        var failures = 0
        for length in stride(from: 0, through: characters.count, by: 3) {
            let text = String(characters[..<length])
            do {
                _ = try SAMTemplate.parse(yaml: text)
            } catch {
                failures += 1
                #expect(error.description.hasPrefix("template.yaml"))
                #expect(!error.message.isEmpty)
            }
        }
        #expect(failures > 0)
    }

    @Test("deeply nested flow collections are refused, not overflowing the stack")
    func deepNesting() {
        let deep = "Resources:\n  X:\n    Type: Custom::X\n    Properties:\n      Value: "
            + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "\n"
        let error = loadingError(deep)
        #expect(error?.code == .syntax)
        #expect(error?.message.contains("nested more than") == true)
        #expect(error?.location?.line == 5)
    }

    @Test("nesting within the limits loads")
    func allowedNesting() throws {
        let yaml = "Resources:\n  X:\n    Type: Custom::X\n    Properties:\n      Value:\n      "
            + String(repeating: "- ", count: 17) + String(repeating: "[", count: 17) + "x"
            + String(repeating: "]", count: 17) + "\n"
        var value = try SAMTemplate.parse(yaml: yaml).resource(named: "X")?.properties["Value"]
        var depth = 0
        while let element = value?[0] {
            value = element
            depth += 1
        }
        #expect(depth == 34)
        #expect(value == .string("x"))
    }

    @Test("deeply nested block sequences are refused too")
    func deepBlockNesting() {
        let deep = "Resources:\n  X:\n    Type: Custom::X\n    Properties:\n      Value:\n"
            + String(repeating: "- ", count: 5_000) + "x\n"
        #expect(loadingError(deep)?.code == .syntax)
    }

    @Test("alias expansion bombs are refused")
    func aliasBomb() {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            let previous = "*a\(level - 1)"
            yaml += "a\(level): &a\(level) [" + Array(repeating: previous, count: 10).joined(separator: ", ") + "]\n"
        }
        yaml += "Resources: {}\n"
        let error = loadingError(yaml)
        #expect(error?.code == .syntax)
        #expect(error?.message.contains("aliases") == true)
    }

    @Test("odd but valid shapes do not trip the loader")
    func oddShapes() throws {
        let yaml = """
            Resources:
              Empty:
                Type: AWS::Serverless::Function
                Properties:
              NullEnvironment:
                Type: AWS::Serverless::Function
                Properties:
                  Environment:
                  Events:
              Unresolved:
                Type: AWS::Serverless::Function
                Properties:
                  Timeout: !ImportValue timeout
                  Environment: !ImportValue env
                  Events: !ImportValue events
                  Architectures: !ImportValue arch
              UnresolvedVariables:
                Type: AWS::Serverless::Function
                Properties:
                  Environment:
                    Variables: !ImportValue variables
              Keyed:
                Type: Custom::Thing
                Properties:
                  1: one
                  true: yes
            """
        let template = try SAMTemplate.parse(yaml: yaml)
        #expect(template.functions.count == 4)
        #expect(template.functions["UnresolvedVariables"]?.environment.isEmpty == true)
        #expect(template.functions["Unresolved"]?.timeout == 3)
        #expect(template.functions["Unresolved"]?.architectures == ["x86_64"])
        #expect(template.resource(named: "Keyed")?.properties["1"]?.string == "one")
        #expect(template.resource(named: "Keyed")?.properties["true"]?.string == "yes")
        #expect(template.warnings.map(\.message) == [
            "Fn::ImportValue cannot be resolved locally; Unresolved.Timeout is left unresolved",
            "Fn::ImportValue cannot be resolved locally; Unresolved.Environment is left unresolved",
            "Fn::ImportValue cannot be resolved locally; Unresolved.Events is left unresolved",
            "Fn::ImportValue cannot be resolved locally; Unresolved.Architectures is left unresolved",
            "Fn::ImportValue cannot be resolved locally; function 'UnresolvedVariables' gets no environment variables",
        ])
    }
}
