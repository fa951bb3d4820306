import Foundation
import PropertyBased
import QEMUCommand
import Testing

@Suite struct JSONArgumentTests {
    @Test func verifiedDeviceArgumentParses() throws {
        let argument = try JSONArgument(parsing: #"{"driver":"virtio-rng-pci","id":"r0","max-bytes":1234}"#)
        #expect(argument.value["driver"] == .string("virtio-rng-pci"))
        #expect(argument.value["max-bytes"] == .number(try #require(JSONNumber("1234"))))
        #expect(argument.value["max-bytes"]?.stringValue == nil)
        guard case .object(let members) = argument.value else { Issue.record("not an object"); return }
        #expect(members.map(\.key) == ["driver", "id", "max-bytes"])
    }

    static let verifiedArguments: [(text: String, firstKey: String, firstValue: String)] = [
        (#"{"driver":"virtio-rng-pci","id":"r0","max-bytes":"1234"}"#, "driver", "virtio-rng-pci"),
        (#"{'driver':'virtio-rng-pci'}"#, "driver", "virtio-rng-pci"),
        (#"{"type":"hubport","id":"h0","hubid":0}"#, "type", "hubport"),
        (#"{"driver":"none","id":"a0"}"#, "driver", "none"),
        (#"{"type":"none"}"#, "type", "none"),
        (#"{"deprecated-input":"reject"}"#, "deprecated-input", "reject"),
        (#"{"qom-type":"memory-backend-ram","id":"m0","size":67108864}"#, "qom-type", "memory-backend-ram"),
    ]

    @Test(arguments: verifiedArguments)
    func verifiedArgumentsOfSection12Parse(text: String, firstKey: String, firstValue: String) throws {
        let argument = try JSONArgument(parsing: text)
        #expect(JSONArgument.isJSON(text))
        #expect(argument.text == text)
        guard case .object(let members) = argument.value else { Issue.record("not an object"); return }
        #expect(members.first?.key == firstKey)
        #expect(members.first?.value == .string(firstValue))
    }

    @Test func singleQuotedStringsAndQuoteEscapeAreAccepted() throws {
        let argument = try JSONArgument(parsing: #"{'driver':'virtio-rng-pci','id':'a\'b',"x":"c\'d"}"#)
        #expect(argument.value["driver"] == .string("virtio-rng-pci"))
        #expect(argument.value["id"] == .string("a'b"))
        #expect(argument.value["x"] == .string("c'd"))
        #expect(argument.text == #"{'driver':'virtio-rng-pci','id':'a\'b',"x":"c\'d"}"#)
        #expect(argument.value.text == #"{"driver":"virtio-rng-pci","id":"a'b","x":"c'd"}"#)
    }

    @Test func textKeepsWhitespaceQuotesAndSpellings() throws {
        let input = " {\n\t\"a\" : [ 1 , 2.50e+1 ,-0 ] ,'b':\"\\u0041\\/\" , \"c\":{ }, \"d\":[\r\n] } "
        var argument = try JSONArgument(parsing: input)
        #expect(argument.text == input)
        #expect(argument.root.text == input)
        argument.root.trailingTrivia = ""
        #expect(argument.text == String(input.dropLast()))
        #expect(argument.value.text == #"{"a":[1,2.50e+1,-0],"b":"A/","c":{},"d":[]}"#)
    }

    @Test func jsonIsDetectedByTheFirstByteOnly() {
        #expect(JSONArgument.isJSON(#"{"driver":"e1000"}"#))
        #expect(!JSONArgument.isJSON(#" {"driver":"e1000"}"#))
        #expect(!JSONArgument.isJSON("e1000,id=n0"))
        #expect(!JSONArgument.isJSON(""))
    }

    @Test func anyTopLevelValueParses() throws {
        #expect(try JSONValue(parsing: " 12 ") == .number(try #require(JSONNumber("12"))))
        #expect(try JSONValue(parsing: "null") == .null)
        #expect(try JSONValue(parsing: "[true,false]") == .array([.bool(true), .bool(false)]))
    }

    @Test func surrogatePairsAndEscapesDecode() throws {
        let value = try JSONValue(parsing: #""\uD83D\uDE00\n\t\b\f\r\"\\\u00e9""#)
        #expect(value == .string("😀\n\t\u{08}\u{0C}\r\"\\é"))
        #expect(value.text == #""😀\n\t\b\f\r\"\\é""#)
    }

    @Test func canonicalPrinterEscapesControlCharacters() {
        #expect(JSONEscaping.quote("a\u{01}b\u{1F}\u{7F}") == #""a\u0001b\u001f"# + "\u{7F}\"")
        #expect(JSONValue.object([("k", .array([]))]).text == #"{"k":[]}"#)
    }

    static let malformed: [(input: String, message: String, offset: Int)] = [
        ("", "expected a JSON value, found the end of the argument", 0),
        (#"{"a":"b"#, "unterminated JSON string", 5),
        (#"{'a':1"#, "expected ',' or '}' after an object member, found the end of the argument: the object opened at column 1 is not closed", 6),
        (#"{"a":"\x"}"#, #"invalid escape '\x' in JSON string"#, 6),
        (#"{"a":"\u12"}"#, #"invalid \u escape in JSON string: expected four hex digits"#, 6),
        (#"{"a":"\uDE00"}"#, #"\uDE00 is not a valid Unicode character"#, 6),
        (#"{"a":"\uFDD0"}"#, #"\uFDD0 is not a valid Unicode character"#, 6),
        ("{\"a\":\"x" + String(decoding: [0xEF, 0xB7, 0x90], as: UTF8.self) + "\"}", "noncharacter U+FDD0 inside a JSON string", 7),
        (#"{"a":1} x"#, "unexpected 'x' after the JSON value", 8),
        (#"{"a" 1}"#, "expected ':' after the key 'a', found '1'", 5),
        (#"{"a":1 "b":2}"#, "expected ',' or '}' after an object member, found '\"'", 7),
        (#"[1 2]"#, "expected ',' or ']' after an array element, found '2'", 3),
        (#"{"a":1,}"#, "expected a string key, found '}'", 7),
        (#"[1,]"#, "trailing ',' before ']' in JSON array", 2),
        (#"{a:1}"#, "expected a string key, found 'a'", 1),
        (#"{"a":01}"#, "invalid JSON number '01': leading zeros are not allowed", 5),
        (#"{"a":1.}"#, "invalid JSON number: expected a digit after '.'", 7),
        (#"{"a":1e}"#, "invalid JSON number: expected a digit in the exponent", 7),
        (#"{"a":-}"#, "invalid JSON number: expected a digit after '-'", 6),
        ("{\"a\":\"x\ty\"}", "control character U+0009 inside a JSON string", 7),
        (#"{"a":tru}"#, "invalid JSON keyword 'tru'", 5),
        (#"{"a":1,"a":2}"#, "duplicate key 'a' in JSON object", 7),
        (#"{"a":1,'\u0061':2}"#, "duplicate key 'a' in JSON object", 7),
        (#"{"a":@}"#, "expected a JSON value, found '@'", 5),
        ("[", "expected a value, found the end of the argument: the array opened at column 1 is not closed", 1),
    ]

    @Test(arguments: malformed)
    func malformedInputGetsAPositionedError(input: String, message: String, offset: Int) {
        #expect {
            try JSONArgument(parsing: input)
        } throws: { error in
            guard let diagnostic = error as? Diagnostic else { return false }
            #expect(diagnostic.message == message)
            #expect(diagnostic.range.start.offset == offset)
            #expect(diagnostic.range.start.column == offset + 1)
            #expect(diagnostic.severity == .error)
            #expect(diagnostic.fix != nil)
            return diagnostic.message == message && diagnostic.range.start.offset == offset
        }
    }

    @Test func keysAreComparedByTheirBytes() throws {
        let members = (0..<40).map { "\"k\($0)\":\($0)" }.joined(separator: ",")
        #expect(try JSONArgument(parsing: "{\(members)}").value["k39"] == .number(JSONNumber(Int64(39))))
        do {
            _ = try JSONArgument(parsing: "{\(members),\"k\\u0033\":0}")
            Issue.record("duplicate key k3 accepted")
        } catch {
            #expect(error.message == "duplicate key 'k3' in JSON object")
        }
        let composed = try JSONArgument(parsing: "{\"\u{E9}\":1,\"e\u{301}\":2}")
        #expect(composed.text == "{\"\u{E9}\":1,\"e\u{301}\":2}")
    }

    @Test func nestingIsLimitedTo1024Levels() throws {
        let deepest = String(repeating: "[", count: 1024) + String(repeating: "]", count: 1024)
        #expect(try JSONArgument(parsing: deepest).text == deepest)
        let tooDeep = "{\"x\":" + String(repeating: "[", count: 1024) + String(repeating: "]", count: 1024) + "}"
        #expect(throws: Diagnostic.self) { try JSONArgument(parsing: tooDeep) }
        do {
            _ = try JSONArgument(parsing: String(repeating: "[", count: 100_000))
            Issue.record("100000 open brackets parsed")
        } catch {
            #expect(error.message == "JSON nesting deeper than 1024 levels")
            #expect(error.range.start.offset == 1024)
        }
    }

    @Test func everyJSONArgumentOfTheLibvirtCorpusRoundTrips() throws {
        let arguments = try LibvirtArguments.json()
        #expect(arguments.count > 1000)
        for argument in arguments {
            let parsed = try JSONArgument(parsing: argument)
            #expect(parsed.text == argument)
            #expect(parsed.root.text == argument)
            #expect(try JSONArgument(parsing: parsed.value.text).value == parsed.value)
            let foundation = try? JSONSerialization.jsonObject(with: Data(argument.utf8), options: [.fragmentsAllowed])
            #expect(foundation != nil, "JSONSerialization rejects \(argument)")
        }
    }

    @Test func codableRoundTripKeepsTheValue() throws {
        let value = JSONValue.object([("a", .array([.number(JSONNumber(Int64(-3))), .null, .bool(true), .string("x\"y")]))])
        let data = try JSONEncoder().encode(value)
        #expect(try JSONDecoder().decode(JSONValue.self, from: data) == value)
        let argument = try JSONArgument(parsing: #"{ "a" : 1 }"#)
        let decoded = try JSONDecoder().decode(JSONArgument.self, from: try JSONEncoder().encode(argument))
        #expect(decoded.text == #"{ "a" : 1 }"#)
    }

    @Test func randomValuesSurviveCanonicalPrintingAndParsing() async {
        await propertyCheck(count: 10_000, input: JSONValueGenerator.value) { value in
            let text = value.text
            let parsed = try JSONArgument(parsing: text)
            #expect(parsed.value == value)
            #expect(parsed.root.text == text)
        }
    }

    static let brokenJSON = Generator<String, Shrink.None<String>>(run: { rng in
        HostileText.mutate(JSONValueGenerator.make(&rng, depth: 0).text, &rng)
    })

    @Test func mutatedJSONNeverCrashesAndErrorsPointInsideTheArgument() async {
        await propertyCheck(count: 10_000, input: Self.brokenJSON) { text in
            do throws(Diagnostic) {
                let argument = try JSONArgument(parsing: text)
                #expect(argument.root.text == text)
                let reparsed = try JSONValue(parsing: argument.value.text)
                #expect(reparsed == argument.value)
            } catch {
                #expect((0...text.utf8.count).contains(error.range.start.offset))
                #expect(error.fix != nil)
            }
        }
    }
}

/// Random JSON values: nested objects and arrays, strings with quotes, escapes and non-ASCII.
enum JSONValueGenerator {
    static let value = Generator<JSONValue, Shrink.None<JSONValue>>(run: { rng in make(&rng, depth: 0) })

    static let alphabet: [Character] = Array("az09 \"'\\/,:{}[]=\n\t\u{01}\u{1F}\u{7F}éß€😀\u{10FFFD}")

    static func make(_ rng: inout any SeededRandomNumberGenerator, depth: Int) -> JSONValue {
        switch Int.random(in: depth < 4 ? 0...6 : 2...6, using: &rng) {
        case 0:
            var keys = Set<String>()
            var members: [(key: String, value: JSONValue)] = []
            for _ in 0..<Int.random(in: 0...4, using: &rng) {
                let key = string(&rng)
                if keys.insert(key).inserted { members.append((key, make(&rng, depth: depth + 1))) }
            }
            return .object(members)
        case 1:
            return .array((0..<Int.random(in: 0...4, using: &rng)).map { _ in make(&rng, depth: depth + 1) })
        case 2, 3:
            return .string(string(&rng))
        case 4:
            return .number(number(&rng))
        case 5:
            return .bool(Bool.random(using: &rng))
        default:
            return .null
        }
    }

    static func string(_ rng: inout any SeededRandomNumberGenerator) -> String {
        String((0..<Int.random(in: 0...8, using: &rng)).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &rng)] })
    }

    static func number(_ rng: inout any SeededRandomNumberGenerator) -> JSONNumber {
        var text = Bool.random(using: &rng) ? "-" : ""
        text += Bool.random(using: &rng) ? "0" : String(UInt64.random(in: 1...UInt64.max, using: &rng))
        if Bool.random(using: &rng) { text += "." + String(Int.random(in: 0...999, using: &rng)) }
        if Bool.random(using: &rng) { text += ["e", "E", "e+", "e-"][Int.random(in: 0...3, using: &rng)] + String(Int.random(in: 0...30, using: &rng)) }
        return JSONNumber(text) ?? JSONNumber(Int64(0))
    }
}
