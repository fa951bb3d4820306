import Foundation

/// Turns a compressed `bzImage` into the uncompressed ELF kernel QEMU can start through its PVH entry,
/// which skips the slow in-guest decompression under TCG.
public struct PVHKernelExtractor: Sendable {
    private struct Payload {
        var magic: [UInt8]
        var argv: [String]
    }

    private static let payloads = [
        Payload(magic: [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], argv: ["xz", "-dc", "--single-stream"]),
        Payload(magic: [0x28, 0xB5, 0x2F, 0xFD], argv: ["zstd", "-dcq"]),
        Payload(magic: [0x1F, 0x8B, 0x08], argv: ["gzip", "-dc"]),
    ]

    /// The host program runner.
    public var tool: HostTool

    /// An extractor using `tool` for the decompressors.
    public init(tool: HostTool = HostTool()) {
        self.tool = tool
    }

    /// Writes the ELF kernel inside `image` to `destination` and returns true, or returns false when the
    /// image holds no PVH-capable ELF kernel (the caller then boots `image` itself).
    public func extract(from image: URL, to destination: URL) throws -> Bool {
        guard let data = try? Data(contentsOf: image) else {
            throw BootError.missingFile(image.path, fix: "pass a readable kernel image with --kernel")
        }
        if ELFNoteScanner.hasPVHEntry(data) {
            try data.write(to: destination, options: .atomic)
            return true
        }
        for payload in Self.payloads {
            guard let start = data.firstRange(of: Data(payload.magic))?.lowerBound else { continue }
            guard let kernel = try decompress(data[start...], with: payload, near: destination) else { continue }
            if ELFNoteScanner.hasPVHEntry(kernel) {
                try kernel.write(to: destination, options: .atomic)
                return true
            }
        }
        return false
    }

    private func decompress(_ compressed: Data, with payload: Payload, near destination: URL) throws -> Data? {
        guard tool.locate(payload.argv[0]) != nil else { return nil }
        let input = destination.deletingLastPathComponent().appendingPathComponent(".payload-\(getpid())")
        try Data(compressed).write(to: input)
        defer { try? FileManager.default.removeItem(at: input) }
        let result = try tool.run(payload.argv + [input.path])
        return result.status == 0 ? result.standardOutput : nil
    }
}
