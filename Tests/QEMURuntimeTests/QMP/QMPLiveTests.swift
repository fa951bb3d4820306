import Foundation
import Testing
@testable import QEMURuntime

/// QMP against the real QEMU 7.2 binary.
@Suite(.timeLimit(.minutes(2))) struct QMPLiveTests {
    /// One entry of the machine's `cxl-fmw` property.
    struct FixedMemoryWindow: Decodable, Equatable {
        var targets: [String]
        var size: UInt64
        var interleaveGranularity: UInt64

        enum CodingKeys: String, CodingKey {
            case targets, size
            case interleaveGranularity = "interleave-granularity"
        }
    }

    @Test func queryStatusOfPausedMachineAndVersion() async throws {
        try await QEMUTestMachine.with(["-S", "-machine", "pc"]) { process in
            let status = try await process.qmp.queryStatus()
            #expect(status == QMPStatus(running: false, status: .prelaunch))
            let version = try await process.qmp.queryVersion()
            #expect(version.qemu >= QMPVersionTriple(major: 7, minor: 2, micro: 0))
            #expect(await process.qmp.greeting?.version == version)
        }
    }

    @Test func qomGetReadsTheMachineCXLFixedMemoryWindow() async throws {
        let arguments = [
            "-S", "-machine", "q35,cxl=on",
            "-device", "pxb-cxl,bus_nr=12,bus=pcie.0,id=cxl.1",
            "-M", "cxl-fmw.0.targets.0=cxl.1,cxl-fmw.0.size=4G,cxl-fmw.0.interleave-granularity=8k",
        ]
        try await QEMUTestMachine.with(arguments) { process in
            let windows = try await process.qmp.qomGet(path: "/machine", property: "cxl-fmw", as: [FixedMemoryWindow].self)
            #expect(windows == [FixedMemoryWindow(targets: ["cxl.1"], size: 4 << 30, interleaveGranularity: 8192)])
            let properties = try await process.qmp.qomList(path: "/machine")
            #expect(properties.contains { $0.name == "cxl-fmw" })
            #expect(properties.contains { $0.name == "peripheral" && $0.isChild })
        }
    }

    /// On `pc` the removal waits for the guest's ACPI eject; with no guest running, a system reset
    /// completes it, and QEMU sends DEVICE_DELETED for the backend and then for the device.
    @Test func deviceAddAndDeleteWithDeviceDeletedEvent() async throws {
        try await QEMUTestMachine.with(["-S", "-machine", "pc"]) { process in
            let qmp = process.qmp
            let events = qmp.events
            try await qmp.deviceAdd(driver: "virtio-rng-pci", id: "rng0")
            let added = try await qmp.queryPCI().flatMap(\.allDevices).first { $0.qdevID == "rng0" }
            #expect(added?.id.vendor == 0x1af4)
            try await qmp.deviceDel(id: "rng0")
            try await qmp.systemReset()
            let deleted = await QEMUTestMachine.event("DEVICE_DELETED", in: events) { $0.data["device"] == "rng0" }
            #expect(deleted?.data["path"] == "/machine/peripheral/rng0")
            #expect(try await qmp.queryPCI().flatMap(\.allDevices).allSatisfy { $0.qdevID != "rng0" })
            await #expect(throws: QMPError.commandFailed(
                command: "device_del", errorClass: "DeviceNotFound", description: "Device 'rng0' not found"
            )) { try await qmp.deviceDel(id: "rng0") }
        }
    }

    @Test func stopAndContSendEventsAndChangeStatus() async throws {
        try await QEMUTestMachine.with(["-S", "-machine", "pc"]) { process in
            let qmp = process.qmp
            let events = qmp.events
            try await qmp.cont()
            #expect(await QEMUTestMachine.event("RESUME", in: events) != nil)
            #expect(try await qmp.queryStatus() == QMPStatus(running: true, status: .running))
            try await qmp.stop()
            #expect(await QEMUTestMachine.event("STOP", in: events) != nil)
            #expect(try await qmp.queryStatus() == QMPStatus(running: false, status: .paused))
        }
    }

    @Test func humanMonitorCommandReturnsText() async throws {
        try await QEMUTestMachine.with(["-S", "-machine", "pc"]) { process in
            let version = try await process.qmp.queryVersion()
            let text = try await process.qmp.humanMonitorCommand("info version")
            #expect(text.hasPrefix("\(version.qemu.major).\(version.qemu.minor)"))
        }
    }

    /// QEMU 7.2 has no CXL QMP commands; the client reports QEMU's own error class.
    @Test func cxlCommandsOnQEMU72FailWithCommandNotFound() async throws {
        try await QEMUTestMachine.with(["-S", "-machine", "pc"]) { process in
            let version = try await process.qmp.queryVersion()
            try #require(version.qemu < QMPVersionTriple(major: 8, minor: 0, micro: 0), "needs QEMU 7.2")
            do {
                try await process.qmp.cxlInjectCorrectableError(path: "/machine/peripheral/cxl-pmem0", type: .physical)
                Issue.record("QEMU 7.2 accepted cxl-inject-correctable-error")
            } catch let QMPError.commandFailed(command, errorClass, _) {
                #expect(command == "cxl-inject-correctable-error")
                #expect(errorClass == "CommandNotFound")
            }
        }
    }
}
