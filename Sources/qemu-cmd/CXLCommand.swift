import ArgumentParser

/// `qemu-cmd cxl`: build, check and draw CXL topologies.
struct CXLCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cxl",
        abstract: "Build CXL topologies for a QEMU version, and draw them.",
        discussion: """
            A topology is declared once (a preset, or a YAML/JSON description; see docs/cxl-topology.md) \
            and turned into a QEMU command line with consistent ids, bus numbers, chassis/slot pairs, \
            port numbers, serial numbers, backends and fixed memory windows, using the properties the \
            target QEMU version has (memdev= before 8.1, persistent-memdev=/volatile-memdev= from 8.1).

            Examples:
              qemu-cmd cxl preset single-pmem --qemu-version 7.2
              qemu-cmd cxl build examples/cxl/switch.yaml --qemu /usr/bin/qemu-system-x86_64
              qemu-cmd cxl show examples/cxl/interleave-2hb.yaml --dot
            """,
        subcommands: [CXLPresetCommand.self, CXLBuildCommand.self, CXLShowCommand.self]
    )
}
