import Foundation

/// One member of a cpio archive: a directory, a regular file or a symbolic link.
public struct CPIOEntry: Hashable, Sendable {
    /// What the member is and what it holds.
    public enum Content: Hashable, Sendable {
        /// A directory.
        case directory
        /// A regular file with its bytes.
        case file(Data)
        /// A symbolic link pointing at the given target.
        case symbolicLink(target: String)
    }

    /// Path inside the archive, without a leading slash (`bin/busybox`).
    public var path: String
    /// Permission bits (`0o755`); the file type bits come from `content`.
    public var permissions: UInt32
    /// The member's content.
    public var content: Content

    /// A member at `path` with the given permissions and content.
    public init(path: String, permissions: UInt32, content: Content) {
        self.path = path
        self.permissions = permissions
        self.content = content
    }

    /// A directory with mode 0755.
    public static func directory(_ path: String) -> CPIOEntry {
        CPIOEntry(path: path, permissions: 0o755, content: .directory)
    }

    /// A regular file.
    public static func file(_ path: String, _ data: Data, permissions: UInt32 = 0o644) -> CPIOEntry {
        CPIOEntry(path: path, permissions: permissions, content: .file(data))
    }

    /// A symbolic link at `path` pointing to `target`.
    public static func symbolicLink(_ path: String, target: String) -> CPIOEntry {
        CPIOEntry(path: path, permissions: 0o777, content: .symbolicLink(target: target))
    }

    /// The full `st_mode`: file type bits plus permissions.
    var mode: UInt32 {
        switch content {
        case .directory: 0o040000 | permissions
        case .file: 0o100000 | permissions
        case .symbolicLink: 0o120000 | permissions
        }
    }

    /// The bytes stored after the header: file data or link target.
    var body: Data {
        switch content {
        case .directory: Data()
        case .file(let data): data
        case .symbolicLink(let target): Data(target.utf8)
        }
    }
}
