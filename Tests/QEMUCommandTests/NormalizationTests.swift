import Testing
@testable import QEMUCommand

/// What each normalising rewrite does to the argv (QEMU's reading of both is compared in
/// QEMURuntimeTests' real-QEMU suite).
@Suite("Normalising")
struct NormalizationTests {
    private func normalize(_ text: String, _ rewrites: Set<QEMUNormalization> = Set(QEMUNormalization.allCases)) -> [String] {
        QEMUNormalizer(rewrites).normalize(QEMUCommandLine.parse(shellText: "qemu " + text).commandLine).arguments
    }

    @Test func shortBooleansBecomeExplicit() {
        #expect(normalize("-object memory-backend-ram,id=m0,size=1G,share,noprealloc,") == [
            "-object", "memory-backend-ram,id=m0,size=1G,share=on,prealloc=off",
        ])
        #expect(normalize("-chardev socket,id=c0,path=/s,server,nowait") == ["-chardev", "socket,id=c0,path=/s,server=on,wait=off"])
    }

    @Test func helpRequestsAndRawArgumentsAreLeftAlone() {
        #expect(normalize("-device virtio-net-pci,help") == ["-device", "virtio-net-pci,help"])
        #expect(normalize("-serial unix:/s,server,nowait") == ["-serial", "unix:/s,server,nowait"])
    }

    @Test func longSpellings() {
        #expect(normalize("-M q35 --m 1G", [.longSpellings]) == ["-machine", "q35", "-m", "1G"])
    }

    @Test func repeatedMachineOptionsMerge() {
        #expect(normalize("-M pc,usb=on -S -machine usb=off,graphics=off") == ["-machine", "pc,usb=off,graphics=off", "-S"])
        #expect(normalize("-m 512 -m 1G,slots=2") == ["-m", "1G,slots=2"])
        #expect(normalize("-smp 2 -smp sockets=2 -boot c -boot menu=on") == ["-smp", "2,sockets=2", "-boot", "c,menu=on"])
    }

    @Test func aListSpreadOverTwoOptionsIsNotMerged() {
        let arguments = "-M cxl-fmw.0.targets.0=cxl.1 -M cxl-fmw.0.size=4G"
        #expect(normalize(arguments, [.mergeRepeated]) == ["-M", "cxl-fmw.0.targets.0=cxl.1", "-M", "cxl-fmw.0.size=4G"])
    }

    @Test func readconfigBetweenOptionsStopsMerging() {
        #expect(normalize("-m 512 -readconfig vm.cfg -m 1G", [.mergeRepeated]) == ["-m", "512", "-readconfig", "vm.cfg", "-m", "1G"])
    }

    @Test func normalisingIsIdempotent() {
        let once = QEMUNormalizer().normalize(QEMUCommandLine.parse(shellText: "qemu -M q35 -M usb=on -object x,id=y,share").commandLine)
        #expect(QEMUNormalizer().normalize(once) == once)
    }
}
