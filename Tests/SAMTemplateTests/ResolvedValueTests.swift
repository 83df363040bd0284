import Testing
import SAMTemplate

@Suite("Reading resolved values")
struct ResolvedValueTests {
    private let value = ResolvedValue.map([
        "Name": .string("orders"),
        "Count": .number("10"),
        "Zip": .number("01234"),
        "Ratio": .number("0.5"),
        "TextCount": .string("42"),
        "Enabled": .bool(true),
        "TextFlag": .string("False"),
        "Keys": .list([.string("pk"), .number("7"), .bool(false)]),
        "Nested": .map(["Inner": .list([.map(["Deep": .string("yes")])])]),
        "Nothing": .null,
        "Unknown": .unresolved(UnresolvedValue(reason: "Fn::ImportValue cannot be resolved locally",
                                               location: SourceLocation(line: 3, column: 9))),
    ])

    @Test("subscripts walk mappings and lists")
    func subscripts() {
        #expect(value["Nested"]?["Inner"]?[0]?["Deep"]?.string == "yes")
        #expect(value["Nested"]?["Inner"]?[1] == nil)
        #expect(value["Missing"] == nil)
        #expect(value["Name"]?["Anything"] == nil)
        #expect(value["Keys"]?[-1] == nil)
    }

    @Test("scalar accessors read numbers and booleans from their text")
    func scalars() {
        #expect(value["Name"]?.string == "orders")
        #expect(value["Count"]?.int == 10)
        #expect(value["Count"]?.string == "10")
        #expect(value["Zip"]?.string == "01234")
        #expect(value["Zip"]?.int == 1234)
        #expect(value["Ratio"]?.double == 0.5)
        #expect(value["Ratio"]?.int == nil)
        #expect(value["TextCount"]?.int == 42)
        #expect(value["Enabled"]?.bool == true)
        #expect(value["Enabled"]?.string == nil)
        #expect(value["Enabled"]?.scalarText == "true")
        #expect(value["TextFlag"]?.bool == false)
        #expect(value["Name"]?.bool == nil)
        #expect(value["Nothing"]?.isNull == true)
        #expect(value["Unknown"]?.isUnresolved == true)
        #expect(value["Unknown"]?.unresolved?.location.line == 3)
        #expect(value["Unknown"]?.string == nil)
    }

    @Test("collection accessors")
    func collections() {
        #expect(value["Keys"]?.list?.count == 3)
        #expect(value["Keys"]?.stringList == ["pk", "7", "false"])
        #expect(value["Nested"]?.stringList == nil)
        #expect(value.map?.count == 11)
        #expect(value["Name"]?.list == nil)
        #expect(value["Name"]?.map == nil)
    }

    @Test("JSON text sorts keys, keeps number text, quotes numbers JSON cannot hold and escapes strings")
    func json() {
        #expect(value["Keys"]?.jsonText == #"["pk",7,false]"#)
        #expect(value["Zip"]?.jsonText == #""01234""#)
        #expect(ResolvedValue.number("-1.5e3").jsonText == "-1.5e3")
        #expect(ResolvedValue.number("+5").jsonText == #""+5""#)
        #expect(ResolvedValue.number("5.").jsonText == #""5.""#)
        #expect(ResolvedValue.string("a\"b\\c\n\u{1}").jsonText == #""a\"b\\c\n\u0001""#)
        #expect(ResolvedValue.map(["b": .null, "a": value["Unknown"]!]).jsonText == #"{"a":null,"b":null}"#)
    }
}
