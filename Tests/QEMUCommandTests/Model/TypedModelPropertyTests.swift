import PropertyBased
import QEMUCommand
import Testing

/// Acceptance 3: generated typed models print to argv and read back equal, with values holding
/// commas, `=`, spaces, quotes and non-ASCII.
@Suite("Typed model round-trip properties")
struct TypedModelPropertyTests {
    /// Characters for values: the option syntaxes' delimiters, quotes, spaces and non-ASCII.
    static let awkward: [Character] = [
        "a", "Z", "0", "9", ",", ",", "=", "=", ".", "-", "_", "/", ":", "'", "\"", "\\", " ", "\t", "{", "}",
        "é", "日", "😀", "ß", "\u{1}",
    ]
    static let value = character(from: awkward).string(of: 0...8)
    /// Words for places QEMU cannot escape: CPU models and features, -global names, accelerator
    /// lists, and driver names (a `key=value` argument starting with `{` is read as JSON).
    static let plainWord = character(from: awkward.filter { ![",", "=", ".", ":", "-", "+", "{"].contains($0) }).string(of: 1...6)
    static let propertyKeys = ["romfile", "serial", "x-opt", "mem-path", "vendor-id", "label", "share", "logfile-x"]

    static func character(from characters: [Character]) -> Generator<Character, Shrink.None<Character?>> {
        Gen<Character?>.element(of: characters).map { $0 ?? "a" }
    }

    /// Turns generated primitives into a model that uses every typed family the property covers.
    struct ModelBuilder {
        var values: [String]
        var words: [String]
        var numbers: [Int]
        var next = 0

        mutating func value() -> String {
            next += 1
            return values[next % values.count]
        }

        mutating func word() -> String {
            next += 1
            return words[next % words.count]
        }

        mutating func number(_ range: ClosedRange<Int>) -> Int {
            next += 1
            return range.lowerBound + abs(numbers[next % numbers.count]) % (range.count)
        }

        mutating func properties() -> [QEMUProperty] {
            let keys = Array(TypedModelPropertyTests.propertyKeys.shuffled(using: &seedless).prefix(number(0...3)))
            return keys.map { QEMUProperty($0, value()) }
        }

        var seedless = SplitMix(seed: 0)

        mutating func notation() -> QEMUArgumentNotation { number(0...1) == 0 ? .keyValue : .json }

        mutating func size() -> QEMUSize { QEMUSize(bytes: UInt64(number(1...4096)) << UInt64(number(0...30))) }

        mutating func flag() -> QEMUBool { QEMUBool(number(0...1) == 1) }

        mutating func build() -> QEMUVirtualMachine {
            seedless = SplitMix(seed: UInt64(abs(numbers[0])))
            var items: [QEMUModelItem] = []
            items.append(.machine(QEMUMachine(
                type: value(), accelerators: [word(), word()], cxl: flag(),
                cxlFixedMemoryWindows: [QEMUCXLFixedMemoryWindow(targets: [value(), value()], size: size(), interleaveGranularity: size())],
                memoryBackend: QEMUID(value()), usb: flag(), kernelIRQChip: value(), properties: properties())))
            items.append(.memory(QEMUMemory(size: size(), slots: UInt64(number(0...64)), maxSize: size())))
            items.append(.smp(QEMUSMP(cpus: UInt64(number(1...64)), sockets: UInt64(number(1...4)), cores: UInt64(number(1...8)))))
            items.append(.cpu(QEMUCPU(word(), features: [.plus(word()), .minus(word()), .setting(name: word(), value: word()), .flag(word())])))
            items.append(.object(QEMUObject(word(), id: QEMUID(value()), properties: properties(), form: QEMUOptionForm(notation: notation()))))
            items.append(.device(QEMUDevice(
                word(), id: QEMUID(value()), bus: value(), addr: value(), properties: properties(), form: QEMUOptionForm(notation: notation()))))
            items.append(.netdev(QEMUNetdev(
                "user", id: QEMUID(value()),
                hostForwards: [QEMUHostForward(hostPort: UInt16(number(1...65535)), guestPort: UInt16(number(1...65535)))],
                restrict: flag(), properties: properties(), form: QEMUOptionForm(notation: notation()))))
            items.append(.chardev(QEMUChardev("socket", id: QEMUID(value()), path: value(), server: flag(), wait: flag())))
            items.append(.drive(QEMUDrive(file: value(), format: word(), interface: "none", id: QEMUID(value()), readOnly: flag())))
            items.append(.blockdev(QEMUBlockdev(word(), nodeName: QEMUID(value()), filename: value(), form: QEMUOptionForm(notation: notation()))))
            items.append(.numa(.node(UInt64(number(0...7)), memdev: QEMUID(value()))))
            items.append(.global(QEMUGlobal(driver: word(), property: word(), value: value())))
            items.append(.value(QEMUValueOption("append", value())))
            items.append(.value(QEMUValueOption("kernel", value())))
            items.append(.flag(QEMUFlag("nodefaults")))
            items.append(.rtc(QEMURTC(base: value(), properties: properties())))
            items.append(.virtfs(QEMUVirtFS(driver: "local", id: QEMUID(value()), path: value(), mountTag: value(), securityModel: "mapped-xattr", readOnly: flag())))
            items.append(.display(QEMUDisplay(type: word(), fullScreen: flag())))
            items.append(.settings(QEMUSettingsOption("action", properties: [QEMUProperty("reboot", value())])))
            return QEMUVirtualMachine(program: "qemu-system-x86_64", items: items.shuffled(using: &seedless))
        }
    }

    /// A small deterministic generator so the shuffles depend only on the generated input.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test("typed model → argv → typed model is the same model (10,000 cases)")
    func modelSurvivesArgv() async {
        await propertyCheck(
            count: 10_000, input: Self.value.array(of: 16), Self.plainWord.array(of: 8), Gen.int(in: 0...1_000_000).array(of: 16)
        ) { values, words, numbers in
            var builder = ModelBuilder(values: values, words: words, numbers: numbers)
            let model = builder.build()
            let argv = model.argv
            let parsed = QEMUCommandLine.parse(argv: argv)
            #expect(!parsed.hasErrors, "\(parsed.diagnostics.map(\.message))")
            let reread = QEMUVirtualMachine(parsed.commandLine)
            #expect(reread == model)
            #expect(reread.argv == argv)
        }
    }
}
