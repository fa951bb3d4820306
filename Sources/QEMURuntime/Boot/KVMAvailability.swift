import Foundation

/// Whether KVM can be used on this host.
public enum KVMAvailability {
    /// True when `/dev/kvm` opens read-write and answers `KVM_GET_API_VERSION` with 12.
    public static func isUsable(device: String = "/dev/kvm") -> Bool {
        let descriptor = open(device, O_RDWR | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        let kvmGetAPIVersion: UInt = 0xAE00
        return ioctl(descriptor, kvmGetAPIVersion) == 12
    }
}
