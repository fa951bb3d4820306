import Testing
@testable import QEMUCommand

@Suite("keyval syntax")
struct QEMUKeyvalArgumentTests {
    private func parse(_ text: String, implied: String? = "type") throws(Diagnostic) -> QEMUKeyvalArgument {
        try QEMUKeyvalArgument(parsing: text, impliedKey: implied)
    }

    private func error(_ text: String, implied: String? = "type") -> Diagnostic? {
        do {
            _ = try parse(text, implied: implied)
            return nil
        } catch {
            return error
        }
    }

    @Test func cxlWindowsBecomeANestedList() throws {
        let tree = try parse("q35,cxl=on,cxl-fmw.0.targets.0=cxl.1,cxl-fmw.0.targets.1=cxl.2,cxl-fmw.0.size=4G,cxl-fmw.0.interleave-granularity=8k").tree()
        #expect(tree["type"]?.string == "q35")
        #expect(tree["cxl"]?.string == "on")
        let window = try #require(tree["cxl-fmw"]?[0])
        #expect(window["targets"] == .list([.string("cxl.1"), .string("cxl.2")]))
        #expect(window["size"]?.string == "4G")
        #expect(window["interleave-granularity"]?.string == "8k")
    }

    @Test func indicesMayComeInAnyOrder() throws {
        let tree = try parse("children.1.driver=b,children.0.driver=a", implied: "driver").tree()
        #expect(tree["children"] == .list([.object([("driver", .string("a"))]), .object([("driver", .string("b"))])]))
    }

    @Test func lastRepeatedKeyWins() throws {
        #expect(try parse("cpus=2,cpus=4", implied: "cpus").tree()["cpus"]?.string == "4")
    }

    @Test func doubledCommasEscapeValuesButNotTheImpliedValue() throws {
        #expect(try parse("node-name=n0,,", implied: "driver").value(forKey: "node-name") == "n0,")
        let diagnostic = try #require(error("null-co,,x", implied: "driver"))
        #expect(diagnostic.message == "Invalid parameter ''")
        #expect(diagnostic.range.start.offset == 8)
    }

    @Test func aBareKeyIsAnError() throws {
        let diagnostic = try #require(error("pc,usb"))
        #expect(diagnostic.message == "Expected '=' after parameter 'usb'")
        #expect(diagnostic.range.start.column == 7)
        #expect(diagnostic.fix == "keyval has no short-form booleans: write 'usb=on' (or 'usb=off')")
    }

    @Test func helpMustComeFirstToBeAnImpliedValue() throws {
        #expect(try parse("help").wantsHelp)
        #expect(error("help,q35")?.message == "Expected '=' after parameter 'q35'")
    }

    @Test func emptyFragmentsAreInvalid() throws {
        let diagnostic = try #require(error("a..b=1"))
        #expect(diagnostic.message == "Invalid parameter 'a..b'")
        #expect(diagnostic.range.start.offset == 2)
        #expect(error("1x=1")?.message == "Invalid parameter '1x'")
        #expect(error("=on")?.message == "Invalid parameter ''")
    }

    @Test func gapsInListIndicesAreReported() throws {
        let diagnostic = try #require(error("q35,cxl-fmw.0.targets.1=x"))
        #expect(diagnostic.message == "Parameter 'cxl-fmw.0.targets.0' missing")
    }

    @Test func mixingIndicesAndNamesIsInconsistent() {
        #expect(error("q35,cxl-fmw.0.targets.0=a,cxl-fmw.0.targets.x=b")?.message == "Parameters 'cxl-fmw.0.targets.*' used inconsistently")
        #expect(error("q35,cxl-fmw.0=x,cxl-fmw.0.size=1")?.message == "Parameters 'cxl-fmw.0.*' used inconsistently")
    }

    @Test func longFragmentsAreRejected() {
        let long = String(repeating: "a", count: 128)
        #expect(error("\(long)=1")?.message == "Parameter '\(long)' is too long")
    }

    @Test(arguments: ["q35,cxl=on", "q35,a.b=c,,d,", "type=x=y", "", "help", "a=,b=1"])
    func printsBackByteIdentical(_ text: String) throws {
        #expect(try parse(text).text == text)
    }

    @Test func impliedValuesThatCannotBeImpliedAreWrittenWithTheirKey() throws {
        let tree = QEMUKeyvalArgument(impliedKey: "type", elements: [.implied(value: "a,b")])
        #expect(tree.text == "type=a,,b")
        #expect(try parse(tree.text).value(forKey: "type") == "a,b")
    }
}
