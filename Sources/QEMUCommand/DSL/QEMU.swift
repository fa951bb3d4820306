/// Options for the command-line DSL, one function per QEMU option, with typed sizes, booleans and ids.
///
/// Each returns a ``QEMUOption`` whose argument is a syntax tree, so printing and escaping happen
/// in one place. Options without a function here are built with ``QEMUOption/init(_:implied:id:_:json:)``
/// or ``QEMUOption/init(_:value:)``.
public enum QEMU {
    /// `-S`, `-nodefaults`, `-no-reboot`, …: an option without an argument (`name` without its dash).
    public static func flag(_ name: String) -> QEMUOption { QEMUOption(name, value: nil) }

    /// `-machine type,key=value,…` (keyval; lists become `key.0=…`, nested properties `key.sub=…`).
    public static func machine(_ type: String, _ properties: QEMUProperties = [:]) -> QEMUOption {
        QEMUOption("machine", implied: type, properties)
    }

    /// `-accel name,key=value,…`.
    public static func accel(_ name: String, _ properties: QEMUProperties = [:]) -> QEMUOption {
        QEMUOption("accel", implied: name, properties)
    }

    /// `-cpu model[,feature=on|off…]`; features are written `name=on|off` in order.
    public static func cpu(_ model: String, features: [(name: String, enabled: Bool)] = []) -> QEMUOption {
        QEMUOption("cpu", value: ([model] + features.map { "\($0.name)=\(QEMUBool($0.enabled).text)" }).joined(separator: ","))
    }

    /// `-m size[,slots=n,maxmem=size]`; the size is written so `-m` cannot read it as MiB.
    public static func memory(_ size: QEMUSize, slots: Int? = nil, maxSize: QEMUSize? = nil) -> QEMUOption {
        QEMUOption("m", implied: size.memoryText, ["slots": slots.map { .integer(Int64($0)) }, "maxmem": maxSize.map(QEMUPropertyValue.size)])
    }

    /// `-smp cpus[,sockets=…,cores=…,threads=…]`.
    public static func smp(_ cpus: Int, _ properties: QEMUProperties = [:]) -> QEMUOption {
        QEMUOption("smp", implied: String(cpus), properties)
    }

    /// `-numa type,key=value,…` such as `node,nodeid=0,memdev=m0` or `dist,src=0,dst=1,val=20`.
    public static func numa(_ type: String, _ properties: QEMUProperties = [:]) -> QEMUOption {
        QEMUOption("numa", implied: type, properties)
    }

    /// `-object type,id=…,key=value,…` (or JSON when `json` is true).
    public static func object(_ type: String, id: QEMUID, _ properties: QEMUProperties = [:], json: Bool = false) -> QEMUOption {
        QEMUOption("object", implied: type, id: id, properties, json: json)
    }

    /// `-device driver[,id=…],key=value,…` (or JSON when `json` is true).
    public static func device(_ driver: String, id: QEMUID? = nil, _ properties: QEMUProperties = [:], json: Bool = false) -> QEMUOption {
        QEMUOption("device", implied: driver, id: id, properties, json: json)
    }

    /// `-netdev type,id=…,key=value,…`; lists give repeated keys (`hostfwd=…,hostfwd=…`).
    public static func netdev(_ type: String, id: QEMUID, _ properties: QEMUProperties = [:]) -> QEMUOption {
        QEMUOption("netdev", implied: type, id: id, properties)
    }

    /// `-nic type,key=value,…`.
    public static func nic(_ type: String, _ properties: QEMUProperties = [:]) -> QEMUOption {
        QEMUOption("nic", implied: type, properties)
    }

    /// `-chardev backend,id=…,key=value,…`.
    public static func chardev(_ backend: String, id: QEMUID, _ properties: QEMUProperties = [:]) -> QEMUOption {
        QEMUOption("chardev", implied: backend, id: id, properties)
    }

    /// `-drive key=value,…` (file names with commas are escaped by the tree).
    public static func drive(id: QEMUID? = nil, _ properties: QEMUProperties) -> QEMUOption {
        QEMUOption("drive", id: id, properties)
    }

    /// `-blockdev driver,node-name=…,…` (keyval, or JSON when `json` is true).
    public static func blockdev(_ driver: String, nodeName: QEMUID, _ properties: QEMUProperties = [:], json: Bool = false) -> QEMUOption {
        var all: QEMUProperties = ["node-name": .id(nodeName)]
        all.entries += properties.entries
        return QEMUOption("blockdev", implied: driver, all, json: json)
    }

    /// `-virtfs fsdriver,path=…,mount_tag=…,security_model=…`.
    public static func virtfs(_ fsdriver: String, _ properties: QEMUProperties) -> QEMUOption {
        QEMUOption("virtfs", implied: fsdriver, properties)
    }

    /// `-fsdev fsdriver,id=…,…`.
    public static func fsdev(_ fsdriver: String, id: QEMUID, _ properties: QEMUProperties) -> QEMUOption {
        QEMUOption("fsdev", implied: fsdriver, id: id, properties)
    }

    /// `-boot order=…,menu=…` (keyval).
    public static func boot(_ properties: QEMUProperties) -> QEMUOption { QEMUOption("boot", properties) }

    /// `-display type[,…]`.
    public static func display(_ type: String, _ properties: QEMUProperties = [:]) -> QEMUOption {
        QEMUOption("display", implied: type, properties)
    }

    /// `-name guest[,…]`.
    public static func name(_ guest: String, _ properties: QEMUProperties = [:]) -> QEMUOption {
        QEMUOption("name", implied: guest, properties)
    }

    /// `-global driver.property=value` (the value is raw: QEMU does not unescape it).
    public static func global(driver: String, property: String, value: String) -> QEMUOption {
        QEMUOption("global", value: "\(driver).\(property)=\(value)")
    }

    /// `-kernel path`.
    public static func kernel(_ path: String) -> QEMUOption { QEMUOption("kernel", value: path) }
    /// `-initrd path`.
    public static func initrd(_ path: String) -> QEMUOption { QEMUOption("initrd", value: path) }
    /// `-append 'kernel command line'`.
    public static func append(_ commandLine: String) -> QEMUOption { QEMUOption("append", value: commandLine) }
    /// `-bios path`.
    public static func bios(_ path: String) -> QEMUOption { QEMUOption("bios", value: path) }
    /// `-serial spec` (legacy chardev spec such as `mon:stdio` or `chardev:c0`).
    public static func serial(_ spec: String) -> QEMUOption { QEMUOption("serial", value: spec) }
    /// `-monitor spec`.
    public static func monitor(_ spec: String) -> QEMUOption { QEMUOption("monitor", value: spec) }
    /// `-qmp spec` such as `unix:/run/vm/qmp.sock,server=on,wait=off`.
    public static func qmp(_ spec: String) -> QEMUOption { QEMUOption("qmp", value: spec) }
    /// `-readconfig path`.
    public static func readConfig(_ path: String) -> QEMUOption { QEMUOption("readconfig", value: path) }
}
