import Foundation

/// Splits the byte stream of a QMP connection into complete JSON object texts.
///
/// QMP messages are JSON objects; QEMU ends each with a newline, but pretty-printing monitors
/// (`-qmp-pretty`) spread them over many lines, so objects are found by brace depth.
struct QMPMessageFramer {
    private var partial: [UInt8] = []
    private var depth = 0
    private var isInString = false
    private var isEscaped = false

    /// Adds received bytes and returns every object they complete.
    mutating func append(_ data: some ContiguousBytes) -> [Data] {
        data.withUnsafeBytes { bytes in append(bytes.bindMemory(to: UInt8.self)) }
    }

    private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) -> [Data] {
        var messages: [Data] = []
        var start = depth == 0 ? nil : 0 as Int?
        for index in bytes.indices {
            let byte = bytes[index]
            if depth == 0 && start == nil {
                guard byte == UInt8(ascii: "{") else { continue }
                start = index
            }
            if scan(byte), let first = start {
                partial.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[first...index]))
                messages.append(Data(partial))
                partial.removeAll(keepingCapacity: true)
                start = nil
            }
        }
        if let start {
            partial.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
        return messages
    }

    /// Updates the nesting state for one byte; true when it closes the outermost object.
    private mutating func scan(_ byte: UInt8) -> Bool {
        if isInString {
            if isEscaped {
                isEscaped = false
            } else if byte == UInt8(ascii: "\\") {
                isEscaped = true
            } else if byte == UInt8(ascii: "\"") {
                isInString = false
            }
            return false
        }
        switch byte {
        case UInt8(ascii: "\""): isInString = true
        case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
        case UInt8(ascii: "}"), UInt8(ascii: "]"):
            depth -= 1
            return depth == 0
        default: break
        }
        return false
    }
}
