extension QEMUObject {
    /// `memory-backend-file`: guest memory in file `memPath` (a persistent CXL or NVDIMM backing file).
    public static func memoryBackendFile(id: QEMUID, size: QEMUSize, memPath: String, share: QEMUBool? = nil) -> QEMUObject {
        QEMUObject("memory-backend-file", id: id, size: size, properties: QEMUBuilderProperties.make([
            ("mem-path", QEMUBuilderProperties.string(memPath)), ("share", QEMUBuilderProperties.bool(share)),
        ]))
    }

    /// `memory-backend-ram`: anonymous guest memory.
    public static func memoryBackendRAM(id: QEMUID, size: QEMUSize, share: QEMUBool? = nil) -> QEMUObject {
        QEMUObject("memory-backend-ram", id: id, size: size, properties: QEMUBuilderProperties.make([("share", QEMUBuilderProperties.bool(share))]))
    }

    /// `memory-backend-memfd`: guest memory in a memfd (shareable with vhost-user back-ends).
    public static func memoryBackendMemfd(id: QEMUID, size: QEMUSize, share: QEMUBool? = nil) -> QEMUObject {
        QEMUObject("memory-backend-memfd", id: id, size: size, properties: QEMUBuilderProperties.make([("share", QEMUBuilderProperties.bool(share))]))
    }
}
