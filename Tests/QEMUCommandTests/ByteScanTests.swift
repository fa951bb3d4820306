import PropertyBased
import Testing

@testable import QEMUCommand

@Suite("Eight-byte scans agree with byte-by-byte ones")
struct ByteScanTests {
    static let alphabet: [UInt8] = [UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "a"), 0x00, 0x7F, 0x80, 0xE2, 0xFF]

    /// 0–40 bytes drawn mostly from the ones the scans look for, so that hits fall in every lane of a
    /// chunk, with two offsets into them.
    static let cases = Generator<([UInt8], Int, Int), Shrink.None<([UInt8], Int, Int)>>(run: { rng in
        let bytes = (0..<Int.random(in: 0...40, using: &rng)).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &rng)] }
        return (bytes, Int.random(in: 0...bytes.count, using: &rng), Int.random(in: 0...bytes.count, using: &rng))
    })

    @Test("the first of two bytes")
    func firstOfTwo() async {
        await propertyCheck(count: 10_000, input: Self.cases) { bytes, start, _ in
            let expected = bytes[start...].firstIndex { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") } ?? bytes.count
            bytes.withUnsafeBufferPointer { buffer in
                #expect(ByteScan.firstIndex(of: UInt8(ascii: "\""), or: UInt8(ascii: "\\"), in: buffer, from: start) == expected)
            }
        }
    }

    @Test("whether a range is ASCII")
    func asciiRanges() async {
        await propertyCheck(count: 10_000, input: Self.cases) { bytes, first, second in
            let range = min(first, second)..<max(first, second)
            bytes.withUnsafeBufferPointer { buffer in
                #expect(ByteScan.isASCII(buffer, range) == bytes[range].allSatisfy { $0 < 0x80 })
            }
        }
    }
}
