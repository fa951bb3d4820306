import CLibFuzzer

/// libFuzzer calls this once per generated input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: data == nil ? 0 : size)
    RoundTripChecks.run(String(decoding: bytes, as: UTF8.self))
    return 0
}

/// The program's entry point. SwiftPM links executable targets with `main` aliased to
/// `<module>_main`, so this hands control to libFuzzer's driver in place of libFuzzer's own `main`.
@_cdecl("QEMUCommandFuzzer_main")
public func fuzzerMain(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in
        fuzzerTestOneInput(data, size)
    }
}
