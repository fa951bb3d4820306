import Foundation
import Testing
@testable import QEMURuntime

/// Turning chunks of bytes into console text and QMP messages.
@Suite struct QEMUConsoleTextTests {
    @Test func messageFilterDropsOnlyTheConsoleNoticeEvenWhenSplit() {
        let notice = "qemu-system-x86_64: -chardev socket,id=qemu-cmd-console,path=/tmp/x/console.sock,server=on,"
            + "wait=on: info: QEMU waiting for connection on: disconnected:unix:/tmp/x/console.sock,server=on\n"
        let other = "qemu-system-x86_64: warning: host doesn't support requested feature\n"
        let text = notice + other
        var filter = QEMUMessageFilter()
        var kept = ""
        for start in stride(from: 0, to: text.utf8.count, by: 7) {
            let bytes = Array(text.utf8)[start..<min(start + 7, text.utf8.count)]
            kept += filter.filter(String(decoding: bytes, as: UTF8.self))
        }
        kept += filter.flush()
        #expect(kept == other)
    }

    @Test func messageFilterKeepsAnUnfinishedLastLineAtEnd() {
        var filter = QEMUMessageFilter()
        #expect(filter.filter("first\nsecond") == "first\n")
        #expect(filter.flush() == "second")
    }

    @Test func utf8DecoderJoinsSequencesSplitAcrossChunks() {
        let bytes = Array("µs → ok 🙂".utf8)
        for split in 1..<bytes.count {
            var decoder = UTF8ChunkDecoder()
            let text = decoder.decode(bytes[..<split]) + decoder.decode(bytes[split...])
            #expect(text == "µs → ok 🙂", "split at \(split)")
        }
    }

    @Test func framerFindsPrettyPrintedObjectsWithBracesInStrings() throws {
        let stream = """
            {"return": {"text": "a } \\" { b"}, "id": 1}\r
            {
              "event": "STOP",
              "timestamp": {"seconds": 1, "microseconds": 2}
            }
            {"return": [1, {"x": "]"}]}
            """
        var framer = QMPMessageFramer()
        var messages: [Data] = []
        for byte in Array(stream.utf8) { messages += framer.append([byte]) }
        let values = try messages.map(QMPValue.init(jsonData:))
        #expect(values.count == 3)
        #expect(values[0]["return"]?["text"] == "a } \" { b")
        #expect(values[1]["event"] == "STOP")
        #expect(values[2]["return"] == [1, ["x": "]"]])
    }

    @Test func valuesKeepBooleansIntegersAndLargeUnsignedApart() throws {
        let value = try QMPValue(jsonData: Data(#"[true, 1, 0, 1.5, 18446744073709551615, -3, null]"#.utf8))
        #expect(value == [true, 1, 0, 1.5, .uint(UInt64.max), -3, nil])
        #expect(try QMPValue(jsonData: value.jsonData()) == value)
    }
}
