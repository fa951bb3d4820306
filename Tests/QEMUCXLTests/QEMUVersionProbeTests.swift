import QEMUCommand
import QEMURuntime
import Testing

@Suite("Reading a QEMU binary's version")
struct QEMUVersionProbeTests {
    @Test("the --version banner gives the release number")
    func banner() {
        let banner = "QEMU emulator version 7.2.22 (Debian 1:7.2+dfsg-7+deb12u18+b3)\nCopyright (c) 2003-2022 Fabrice Bellard and the QEMU Project developers\n"
        #expect(QEMUVersionProbe.versionFromBanner(banner) == QEMUVersion(7, 2, 22))
        #expect(QEMUVersionProbe.versionFromBanner("QEMU emulator version 10.1.0\n") == QEMUVersion(10, 1))
        #expect(QEMUVersionProbe.versionFromBanner("not qemu") == nil)
    }

    @Test("a missing binary is an error that says how to fix it")
    func missing() {
        #expect {
            try QEMUVersionProbe.version(of: "/nonexistent/qemu-system-x86_64")
        } throws: { error in
            (error as? QEMUVersionProbeError)?.description.contains("--qemu-version") == true
        }
    }

    @Test("the installed QEMU reports a version QEMUCXL can build for")
    func installed() throws {
        let version = try QEMUVersionProbe.version(of: "qemu-system-x86_64")
        #expect(version >= QEMUVersion(7, 1))
    }
}
