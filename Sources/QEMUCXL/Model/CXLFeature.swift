import QEMUCommand

/// A CXL capability that arrived in a particular QEMU release.
public enum CXLFeature: String, Hashable, Sendable, Codable, CaseIterable {
    /// `cxl=on`, `pxb-cxl`, `cxl-rp`, switches, `cxl-type3,memdev=`, `cxl-fmw`.
    case cxl
    /// `cxl-type3,sn=`.
    case deviceSerialNumber
    /// `pxb-cxl,hdm_for_passthrough=`.
    case hdmForPassthrough
    /// `persistent-memdev=` and `volatile-memdev=`, so volatile devices.
    case persistentVolatileMemdev
    /// `cxl-switch-mailbox-cci`.
    case switchMailboxCCI
    /// `cxl-upstream,sn=`.
    case switchSerialNumber
    /// Four HDM decoders per component (one before), so several regions per device.
    case fourDecoders
    /// Dynamic capacity: `num-dc-regions=` and `volatile-dc-memdev=`.
    case dynamicCapacity
    /// QEMU rejects a backend used by two devices.
    case memdevReuseCheck
    /// Type-3 devices advertise 3, 6, 12 and 16-way interleave.
    case wideInterleave
    /// CXL on the arm `virt` machine.
    case armVirt

    /// The first QEMU release that has it.
    public var minimumVersion: QEMUVersion {
        switch self {
        case .cxl: QEMUVersion(7, 1)
        case .deviceSerialNumber: QEMUVersion(7, 2)
        case .hdmForPassthrough: QEMUVersion(8, 0)
        case .persistentVolatileMemdev: QEMUVersion(8, 1)
        case .switchMailboxCCI, .switchSerialNumber, .fourDecoders: QEMUVersion(8, 2)
        case .dynamicCapacity, .memdevReuseCheck: QEMUVersion(9, 1)
        case .wideInterleave: QEMUVersion(10, 0)
        case .armVirt: QEMUVersion(10, 1)
        }
    }

    /// What the feature is, for messages.
    public var summary: String {
        switch self {
        case .cxl: "CXL emulation (cxl=on)"
        case .deviceSerialNumber: "type-3 serial numbers (cxl-type3,sn=)"
        case .hdmForPassthrough: "pxb-cxl,hdm_for_passthrough="
        case .persistentVolatileMemdev: "persistent-memdev=/volatile-memdev= (volatile CXL memory)"
        case .switchMailboxCCI: "the switch mailbox CCI (cxl-switch-mailbox-cci)"
        case .switchSerialNumber: "switch serial numbers (cxl-upstream,sn=)"
        case .fourDecoders: "four HDM decoders per component"
        case .dynamicCapacity: "dynamic capacity (num-dc-regions=, volatile-dc-memdev=)"
        case .memdevReuseCheck: "the memory backend reuse check"
        case .wideInterleave: "3/6/12/16-way interleave on type-3 devices"
        case .armVirt: "CXL on the arm virt machine"
        }
    }

    /// Whether `version` has the feature.
    public func isAvailable(in version: QEMUVersion) -> Bool { version >= minimumVersion }
}
