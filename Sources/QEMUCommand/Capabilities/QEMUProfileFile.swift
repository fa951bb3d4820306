#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes of a stored profile file, read straight into the array the reader walks (one copy of
/// the file in memory instead of a `Data` and then an array).
enum QEMUProfileFile {
    /// A file that could not be read: why, as the system says it.
    struct ReadError: Error {
        var reason: String
    }

    /// Reads the whole file at `path`.
    static func bytes(atPath path: String) throws(ReadError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw ReadError(reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw ReadError(reason: String(cString: strerror(errno))) }
        var bytes = [UInt8](repeating: 0, count: Int(status.st_size))
        var filled = 0
        while filled < bytes.count {
            let count = bytes.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress.map { $0 + filled }, buffer.count - filled)
            }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { throw ReadError(reason: String(cString: strerror(errno))) }
            guard count > 0 else { break }
            filled += count
        }
        // A file that shrank while it was read ends where reading ended; the reader then refuses it.
        bytes.removeLast(bytes.count - filled)
        return bytes
    }
}
