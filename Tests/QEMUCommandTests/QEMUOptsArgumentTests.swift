import Testing
@testable import QEMUCommand

@Suite("QemuOpts syntax")
struct QEMUOptsArgumentTests {
    private func parse(_ text: String, implied: String? = "driver") -> QEMUOptsArgument {
        QEMUOptsArgument(parsing: text, impliedKey: implied)
    }

    @Test func impliedKeyPairsAndFlagsInOrder() {
        let tree = parse("virtio-rng-pci,id=r0,max-bytes=100,noshare,share")
        #expect(tree.elements == [
            .implied(value: "virtio-rng-pci"), .pair(key: "id", value: "r0"), .pair(key: "max-bytes", value: "100"),
            .flag("noshare"), .flag("share"),
        ])
        #expect(tree.value(forKey: "share") == "on")
        #expect(tree.settings.map(\.key) == ["driver", "id", "max-bytes", "share", "share"])
    }

    @Test func doubledCommasEscapeInValuesAndImpliedValues() {
        #expect(parse("virtconsole,name=a,,b").value(forKey: "name") == "a,b")
        #expect(parse("foo,,bar", implied: "guest").impliedValue == "foo,bar")
        #expect(parse("virtio-rng-pci,,id=r0").impliedValue == "virtio-rng-pci,id=r0")
    }

    @Test func equalsInsideAValueIsLiteral() {
        #expect(parse("a,key==x").value(forKey: "key") == "=x")
        #expect(parse("a,key=").value(forKey: "key") == "")
    }

    @Test func lastRepeatedKeyWinsButIdIsTheFirst() {
        let tree = parse("virtio-rng-pci,id=r0,id=r1,max-bytes=100,max-bytes=200")
        #expect(tree.value(forKey: "max-bytes") == "200")
        #expect(tree.id == "r0")
        #expect(tree.values(forKey: "max-bytes") == ["100", "200"])
    }

    @Test func withoutImpliedKeyABareFirstWordIsAFlag() {
        #expect(parse("foo.img", implied: nil).elements == [.flag("foo.img")])
        #expect(parse("null-co://", implied: nil).value(forKey: "null-co://") == "on")
    }

    @Test func emptyLeadingParamIsAnEmptyImpliedValue() {
        #expect(parse(",id=r0").elements == [.implied(value: ""), .pair(key: "id", value: "r0")])
        #expect(parse(",id=r0", implied: nil).elements == [.flag(""), .pair(key: "id", value: "r0")])
    }

    @Test func oneTrailingCommaIsRemembered() {
        #expect(parse("a,b=1,").hasTrailingComma)
        #expect(!parse("a,b=1,,").hasTrailingComma)
        #expect(parse("a,b=1,,").value(forKey: "b") == "1,")
    }

    @Test(arguments: [
        "virtio-rng-pci,id=r0", "a,,b=c,d=e,,f,", ",", "", ",,", "x,,y", "k=v,,,", "=x", "a,nodelay,,b",
        "é=ü,ñ", "a=b,c", "file=json:{\"a\":1,,\"b\":2}",
    ])
    func printsBackByteIdentical(_ text: String) {
        #expect(parse(text).text == text)
        #expect(parse(text, implied: nil).text == text)
    }

    @Test func spansPointAtKeysAndValues() {
        let tree = parse("drv,id=r0,flag")
        #expect(tree.spans == [
            QEMUOptsSpan(start: 0, valueStart: 0, end: 3), QEMUOptsSpan(start: 4, valueStart: 7, end: 9),
            QEMUOptsSpan(start: 10, valueStart: 10, end: 14),
        ])
    }

    @Test func canonicalTextSpellsBooleansOut() {
        #expect(parse("memory-backend-ram,id=m,share,noprealloc,", implied: "qom-type").canonicalText
            == "memory-backend-ram,id=m,share=on,prealloc=off")
    }

    @Test func impliedValuesThatWouldReadBackAsPairsAreWrittenWithTheirKey() {
        let tree = QEMUOptsArgument(impliedKey: "guest", elements: [.implied(value: "a=b")])
        #expect(tree.text == "guest=a=b")
        #expect(QEMUOptsArgument(parsing: tree.text, impliedKey: "guest").impliedValue == "a=b")
    }

    @Test func settingAKeyReplacesItsLastOccurrence() {
        var tree = parse("virtio-net-pci,id=n0,mac=1,mac=2")
        tree.set("mac", to: "3")
        tree.set("bus", to: "pcie.0")
        #expect(tree.text == "virtio-net-pci,id=n0,mac=1,mac=3,bus=pcie.0")
    }
}
