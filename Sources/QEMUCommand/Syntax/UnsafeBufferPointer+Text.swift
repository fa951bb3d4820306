extension UnsafeBufferPointer<UInt8> {
    /// The bytes `start..<end` decoded as UTF-8.
    func text(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: self[start..<end]), as: UTF8.self)
    }
}
