/// Where a CXL port sits in Linux's port hierarchy.
public enum CXLGuestPortKind: String, Hashable, Sendable, Codable {
    /// The CXL root (`root0`, from ACPI0017); its dports are host bridge UIDs (`pxb-cxl bus_nr`).
    case root
    /// A host bridge port (a `pxb-cxl`); its dports are root port numbers (`cxl-rp port=`).
    case hostBridge
    /// A switch upstream port (`cxl-upstream`); its dports are downstream port numbers (`cxl-downstream port=`).
    case switchPort
}
