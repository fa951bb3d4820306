/// The `/init` busybox script of the boot-check initramfs: mounts the pseudo file systems, loads the
/// modules, waits for the CXL bus to settle, prints `/sys/bus/cxl/devices` between markers and powers off.
///
/// Every report line starts with `cxl ` followed by a record kind and `key=value` fields without spaces,
/// for example `cxl memdev mem0 serial=0x1 pmem=0x10000000 ram=0x0 host=0000:0d:00.0`; port dports are listed
/// as `id>device` pairs, e.g. `dports=12>ACPI0016:00`.
public struct BootInitScript: Hashable, Sendable {
    /// Printed when init starts (the kernel has booted), followed by ` uptime=<seconds>` of the guest kernel.
    public static let initMarker = "@@qemu-cmd:init@@"
    /// Printed before the CXL report.
    public static let beginMarker = "@@qemu-cmd:cxl-begin@@"
    /// Printed after the CXL report (and the region attempt), just before power-off.
    public static let endMarker = "@@qemu-cmd:cxl-end@@"
    /// The prefix of every report line.
    public static let recordPrefix = "cxl "

    /// Module file names under `/lib/modules` in load order.
    public var modules: [String]
    /// Whether to create a persistent region with ndctl's `cxl` tool after the report.
    public var createsRegion: Bool
    /// How long init waits at most for the CXL bus to settle, in tenths of a second.
    public var settleLimitTenths: Int

    /// A script loading `modules` in order.
    public init(modules: [String], createsRegion: Bool = false, settleLimitTenths: Int = 100) {
        self.modules = modules
        self.createsRegion = createsRegion
        self.settleLimitTenths = settleLimitTenths
    }

    /// The script text.
    public var text: String {
        [prologue, moduleLoading, settling, report, createsRegion ? region : "", epilogue].joined(separator: "\n")
    }

    private var prologue: String {
        """
        #!/bin/busybox sh
        /bin/busybox mkdir -p /proc /sys /dev /tmp /usr/bin /usr/sbin /sbin
        /bin/busybox --install -s
        mount -t proc proc /proc
        mount -t sysfs sysfs /sys
        mount -t devtmpfs devtmpfs /dev
        echo 1 > /proc/sys/kernel/printk
        echo "\(Self.initMarker) uptime=$(cut -d' ' -f1 /proc/uptime)"
        """
    }

    private var moduleLoading: String {
        """
        for m in \(modules.joined(separator: " ")); do
          insmod /lib/modules/$m 2>/tmp/insmod.err || echo "\(Self.recordPrefix)module-error $m $(tr ' \\n' '__' </tmp/insmod.err)"
        done
        """
    }

    /// Waits until Linux has a memdev for every CXL memory PCI function (class 0x050210) and the device
    /// list stopped changing for three tenths of a second, or for a second and a half while some memdev
    /// still lacks an endpoint (it may never get one), or the limit passed.
    private var settling: String {
        """
        want=0
        for c in /sys/bus/pci/devices/*/class; do [ "$(cat $c)" = 0x050210 ] && want=$((want+1)); done
        last=''; stable=0; need=3; tries=0
        while [ $tries -lt \(settleLimitTenths) ] && [ $stable -lt $need ]; do
          now=$(ls /sys/bus/cxl/devices 2>/dev/null | tr '\\n' ' ')
          mems=$(ls -d /sys/bus/cxl/devices/mem* 2>/dev/null | wc -l)
          eps=$(ls -d /sys/bus/cxl/devices/endpoint* 2>/dev/null | wc -l)
          if [ $eps -lt $mems ]; then need=15; else need=3; fi
          if [ "$now" = "$last" ] && [ $mems -ge $want ]; then stable=$((stable+1)); else stable=0; fi
          last=$now; tries=$((tries+1)); sleep 0.1
        done
        """
    }

    private var report: String {
        """
        field() { [ -r "$1" ] && tr -d ' \\n' <"$1"; }
        link() { [ -e "$1" ] && basename "$(readlink -f "$1")"; }
        echo '\(Self.beginMarker)'
        echo "\(Self.recordPrefix)pci-cxl-functions $want"
        echo "\(Self.recordPrefix)settled tenths=$tries"
        for d in /sys/bus/cxl/devices/*; do
          [ -e "$d" ] || continue
          n=${d##*/}; parent=$(basename "$(dirname "$(readlink -f "$d")")")
          case $n in
            mem*) echo "\(Self.recordPrefix)memdev $n serial=$(field $d/serial) pmem=$(field $d/pmem/size) ram=$(field $d/ram/size) host=$parent" ;;
            root*|port*|endpoint*)
              dports=$(for p in $d/dport*; do [ -e "$p" ] && echo -n "${p##*/dport}>$(link $p),"; done)
              kind=port; case $n in endpoint*) kind=endpoint ;; esac
              echo "\(Self.recordPrefix)$kind $n parent=$parent uport=$(link $d/uport) dports=${dports%,}" ;;
            decoder*) echo "\(Self.recordPrefix)decoder $n type=$(field $d/devtype) targets=$(field $d/target_list) ways=$(field $d/interleave_ways) granularity=$(field $d/interleave_granularity) size=$(field $d/size) mode=$(field $d/mode)" ;;
            *) echo "\(Self.recordPrefix)device $n type=$(field $d/devtype)" ;;
          esac
        done
        """
    }

    /// Creates one persistent region over every memdev that has an endpoint and reports the tool's output
    /// and the kernel's CXL messages (with the CXL core's debug messages on). Memdevs are ordered round-robin
    /// over the root decoder's host bridges, the position order Linux requires for host-bridge interleave.
    private var region: String {
        """
        for c in /proc/dynamic_debug/control /sys/kernel/debug/dynamic_debug/control; do [ -w $c ] && echo 'module cxl_core +p' >$c; done
        g=0
        for t in $(field /sys/bus/cxl/devices/decoder0.0/target_list | tr ',' ' '); do
          g=$((g+1)); bridge=$(link /sys/bus/cxl/devices/root0/dport$t)
          for e in /sys/bus/cxl/devices/endpoint*; do
            [ -e "$e" ] || continue
            p=$(basename "$(dirname "$(readlink -f "$e")")")
            up=$(basename "$(dirname "$(readlink -f /sys/bus/cxl/devices/$p)")")
            [ "$up" = root0 ] || p=$up
            [ "$(link /sys/bus/cxl/devices/$p/uport)" = "$bridge" ] && echo "$g $(link $e/uport)"
          done
        done >/tmp/members
        mems=$(awk '{ r[$1]++; print r[$1], $1, $2 }' /tmp/members | sort -n -k1,1 -k2,2 | awk '{ print $3 }' | tr '\n' ' ')
        count=$(echo $mems | wc -w)
        gran=$(field /sys/bus/cxl/devices/decoder0.0/interleave_granularity)
        echo "\(Self.recordPrefix)region-request ways=$count granularity=$gran memdevs=$(echo $mems | tr ' ' ',')"
        cxl create-region -m -d decoder0.0 -t pmem -w $count -g ${gran:-256} $mems >/tmp/region.out 2>/tmp/region.err
        echo "\(Self.recordPrefix)region-status $?"
        while IFS= read -r l; do echo "\(Self.recordPrefix)region-output $l"; done </tmp/region.out
        while IFS= read -r l; do echo "\(Self.recordPrefix)region-error $l"; done </tmp/region.err
        dmesg | grep -i -e cxl -e region | tail -n 12 | while IFS= read -r l; do echo "\(Self.recordPrefix)region-dmesg $l"; done
        """
    }

    private var epilogue: String {
        """
        echo '\(Self.endMarker)'
        poweroff -f
        """
    }
}
