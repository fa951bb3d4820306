/// A memory backend: `-object memory-backend-file,id=cxl-mem1,share=on,mem-path=/tmp/cxltest.raw,size=256M`.
public struct CXLMemoryBackend: Hashable, Sendable, Codable {
    /// The object id, named by `memdev`-style and `lsa` properties.
    public var id: String
    /// File or RAM.
    public var kind: CXLBackendKind
    /// `share`.
    public var share: Bool?
    /// `mem-path`: the file (file backends only).
    public var path: String?
    /// `size` in bytes.
    public var size: UInt64?
    /// Properties without a field of their own.
    public var extraProperties: [CXLProperty]

    /// Creates a backend.
    public init(
        id: String, kind: CXLBackendKind, share: Bool? = true, path: String? = nil, size: UInt64?,
        extraProperties: [CXLProperty] = []
    ) {
        self.id = id
        self.kind = kind
        self.share = share
        self.path = path
        self.size = size
        self.extraProperties = extraProperties
    }
}
