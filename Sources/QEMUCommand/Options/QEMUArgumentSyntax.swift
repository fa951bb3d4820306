/// Which syntax QEMU uses to read an option's argument.
///
/// Each case names the parser QEMU itself runs on the argument word (grammar spec §0, §4, §5, §8, §9).
public enum QEMUArgumentSyntax: Hashable, Sendable, Codable {
    /// No argument: `-S`, `-nographic`.
    case flag
    /// A raw value with no escaping: `-kernel bzImage`, `-append 'console=ttyS0'`, `-hda disk.img`.
    case plain
    /// QemuOpts `key=value,...` of the given group: `-drive file=a.img,if=none`, `-m 1G,slots=2`.
    case qemuOpts(QEMUOptsGroup)
    /// keyval `a.b=value,...` with an optional implied first key: `-M q35,cxl=on`, `-smp 4,sockets=2`.
    case keyval(impliedKey: String?)
    /// JSON when the argument starts with `{`, else QemuOpts of the group: `-device`, `-object`.
    case jsonOrQEMUOpts(QEMUOptsGroup)
    /// JSON when the argument starts with `{`, else keyval: `-blockdev`, `-audiodev`, `-compat`.
    case jsonOrKeyval(impliedKey: String?)
    /// `-netdev`: JSON, keyval for `type=stream|dgram`, else QemuOpts group `netdev` (implied `type`).
    case netdev
    /// `-display`: `vnc=<display>` special form, else JSON or keyval (implied `type`).
    case display
    /// Legacy character device spec: `-serial unix:/tmp/s,server=on`, `-monitor stdio`, `-qmp chardev:c0`.
    case legacyChardev
    /// CPU model and feature list: `-cpu host,+avx,-x2apic,pmu=off`.
    case cpu
    /// `-global driver.prop=value`, or the QemuOpts form `driver=,property=,value=`.
    case global
    /// `-set group.id.prop=value`.
    case set
}
