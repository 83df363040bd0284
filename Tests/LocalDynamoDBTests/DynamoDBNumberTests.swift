import Testing
@testable import LocalDynamoDB

@Suite struct DynamoDBNumberTests {
    @Test(arguments: [
        ("1.0", "1"), ("1.50", "1.5"), ("007", "7"), ("-0", "0"), ("0.000", "0"), (".5", "0.5"),
        ("1E+2", "100"), ("1.5e-3", "0.0015"), ("+42", "42"), ("-12.340", "-12.34"), ("123.456E1", "1234.56"),
    ])
    func canonicalText(input: String, expected: String) throws {
        #expect(try DynamoDBNumber(input).description == expected)
    }

    @Test(arguments: ["", "abc", "1.2.3", "1e", "--1", "1 ", "0x10", "e5", "."])
    func rejectsNonNumbers(text: String) {
        #expect(throws: DynamoDBError.validation("A value provided cannot be converted into a number")) {
            try DynamoDBNumber(text)
        }
    }

    @Test func acceptsThirtyEightDigitsButNotMore() throws {
        _ = try DynamoDBNumber(String(repeating: "9", count: 38))
        _ = try DynamoDBNumber("1" + String(repeating: "0", count: 60))
        #expect(throws: DynamoDBError.validation("Attempting to store more than 38 significant digits in a Number")) {
            try DynamoDBNumber(String(repeating: "1", count: 39))
        }
    }

    @Test func rangeLimits() throws {
        _ = try DynamoDBNumber("9.9999999999999999999999999999999999999E+125")
        _ = try DynamoDBNumber("-1E-130")
        #expect(throws: DynamoDBError.validation("Number overflow. Attempting to store a number with magnitude larger than supported range")) {
            try DynamoDBNumber("1E+126")
        }
        #expect(throws: DynamoDBError.validation("Number underflow. Attempting to store a number with magnitude smaller than supported range")) {
            try DynamoDBNumber("9E-131")
        }
        #expect(throws: DynamoDBError.validation("Number overflow. Attempting to store a number with magnitude larger than supported range")) {
            try DynamoDBNumber("1E99999999999999")
        }
    }

    @Test func equalTextsOfOneNumberAreEqual() throws {
        #expect(try DynamoDBNumber("1.0") == DynamoDBNumber("1"))
        #expect(try DynamoDBNumber("10E-1") == DynamoDBNumber("1.000"))
    }

    @Test func ordersNumerically() throws {
        let sorted = try ["10", "-2.5", "0", "9.99", "-10", "1E-5", "-0.001", "100"].map { try DynamoDBNumber($0) }.sorted()
        #expect(sorted.map(\.description) == ["-10", "-2.5", "-0.001", "0", "0.00001", "9.99", "10", "100"])
    }

    @Test(arguments: [
        ("1", "2", "3"), ("0.1", "0.2", "0.3"), ("99.99", "0.01", "100"), ("5", "-7.5", "-2.5"),
        ("-1", "-1", "-2"), ("1E+20", "1", "100000000000000000001"), ("3", "-3", "0"), ("0", "-4", "-4"),
    ])
    func addsExactly(a: String, b: String, sum: String) throws {
        #expect(try DynamoDBNumber(a).adding(DynamoDBNumber(b)).description == sum)
    }

    @Test func subtractsExactly() throws {
        #expect(try DynamoDBNumber("10").subtracting(DynamoDBNumber("0.001")).description == "9.999")
        #expect(try DynamoDBNumber("-1").subtracting(DynamoDBNumber("-1")).description == "0")
    }

    @Test func sumBeyondThirtyEightDigitsIsRejected() throws {
        let big = try DynamoDBNumber("1E+37")
        let small = try DynamoDBNumber("0.1")
        #expect(throws: DynamoDBError.validation("Attempting to store more than 38 significant digits in a Number")) {
            try big.adding(small)
        }
    }

    @Test func sortableBytesFollowNumericOrder() throws {
        let texts = ["-1E+125", "-100", "-10", "-1.5", "-1.05", "-1", "-0.5", "-1E-130", "0", "1E-130", "0.5", "1", "1.05", "1.5", "10", "100", "9.9E+125"]
        let encoded = try texts.map { try DynamoDBNumber($0).sortableBytes }
        for (lower, higher) in zip(encoded, encoded.dropFirst()) {
            #expect(AttributeOrdering.compareBytes(lower, higher) < 0, "\(lower) should sort before \(higher)")
        }
        #expect(try DynamoDBNumber("2.50").sortableBytes == DynamoDBNumber("2.5").sortableBytes)
    }
}
