extension QEMUObject {
    /// `rng-random`: entropy read from a host file (`/dev/urandom`).
    public static func rngRandom(id: QEMUID, filename: String = "/dev/urandom") -> QEMUObject {
        QEMUObject("rng-random", id: id, properties: QEMUBuilderProperties.make([("filename", QEMUBuilderProperties.string(filename))]))
    }

    /// `rng-egd`: entropy from an EGD server on chardev `chardev`.
    public static func rngEGD(id: QEMUID, chardev: QEMUID) -> QEMUObject {
        QEMUObject("rng-egd", id: id, properties: QEMUBuilderProperties.make([("chardev", QEMUBuilderProperties.id(chardev))]))
    }

    /// `secret` read from `file` (`format` `raw` or `base64`).
    public static func secret(id: QEMUID, file: String, format: String? = nil) -> QEMUObject {
        QEMUObject("secret", id: id, properties: QEMUBuilderProperties.make([
            ("format", QEMUBuilderProperties.string(format)), ("file", QEMUBuilderProperties.string(file)),
        ]))
    }

    /// `iothread`: an I/O thread devices can be given with `iothread=`.
    public static func iothread(id: QEMUID) -> QEMUObject {
        QEMUObject("iothread", id: id)
    }

    /// `sev-guest`: AMD SEV confidential guest settings, used with `-machine confidential-guest-support=ID`.
    public static func sevGuest(id: QEMUID, cbitPosition: UInt64, reducedPhysicalBits: UInt64, policy: UInt64? = nil) -> QEMUObject {
        QEMUObject("sev-guest", id: id, properties: QEMUBuilderProperties.make([
            ("cbitpos", QEMUBuilderProperties.number(cbitPosition)), ("reduced-phys-bits", QEMUBuilderProperties.number(reducedPhysicalBits)),
            ("policy", QEMUBuilderProperties.number(policy)),
        ]))
    }

    /// `tdx-guest`: Intel TDX confidential guest settings (QEMU ≥ 10.1).
    public static func tdxGuest(id: QEMUID) -> QEMUObject {
        QEMUObject("tdx-guest", id: id)
    }
}
