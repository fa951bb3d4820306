import Foundation

/// The module dependency graph of one kernel, read from its `modules.dep` and `modules.builtin`.
public struct KernelModuleDependencies: Hashable, Sendable {
    /// Module path (relative to the modules directory) for each module name.
    public private(set) var pathsByName: [String: String]
    /// Direct dependencies (module paths) of each module path.
    public private(set) var dependenciesByPath: [String: [String]]
    /// Names of modules built into the kernel image.
    public private(set) var builtinNames: Set<String>

    /// Parses the text of `modules.dep` and, optionally, `modules.builtin`.
    public init(modulesDep: String, modulesBuiltin: String = "") {
        pathsByName = [:]
        dependenciesByPath = [:]
        for line in modulesDep.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let path = String(line[..<colon]).trimmingCharacters(in: .whitespaces)
            let dependencies = line[line.index(after: colon)...].split(separator: " ").map(String.init)
            pathsByName[Self.moduleName(ofPath: path)] = path
            dependenciesByPath[path] = dependencies
        }
        builtinNames = Set(modulesBuiltin.split(separator: "\n").map { Self.moduleName(ofPath: String($0)) })
    }

    /// Reads `modules.dep` and `modules.builtin` from a kernel's modules directory (`/lib/modules/<release>`).
    public init(modulesDirectory: URL) throws {
        let depURL = modulesDirectory.appendingPathComponent("modules.dep")
        guard let dep = try? String(contentsOf: depURL, encoding: .utf8) else {
            throw BootError.missingFile(depURL.path, fix: "pass the kernel's modules directory with --modules (it holds modules.dep)")
        }
        let builtinURL = modulesDirectory.appendingPathComponent("modules.builtin")
        let builtin = (try? String(contentsOf: builtinURL, encoding: .utf8)) ?? ""
        self.init(modulesDep: dep, modulesBuiltin: builtin)
    }

    /// The canonical module name of a path: `kernel/drivers/cxl/cxl_pci.ko.xz` → `cxl_pci`; `-` reads as `_`.
    public static func moduleName(ofPath path: String) -> String {
        var name = path.split(separator: "/").last.map(String.init) ?? path
        if let range = name.range(of: ".ko") { name = String(name[..<range.lowerBound]) }
        return name.replacingOccurrences(of: "-", with: "_")
    }

    /// Whether the module is a loadable module or built into the kernel.
    public func isAvailable(_ name: String) -> Bool {
        let canonical = Self.moduleName(ofPath: name)
        return pathsByName[canonical] != nil || builtinNames.contains(canonical)
    }

    /// Module paths to load for `names`, every dependency before the modules that need it, each once.
    /// Built-in modules need no loading; a name that is neither loadable nor built in is an error.
    public func loadOrder(for names: [String]) throws -> [String] {
        var order: [String] = []
        var visited: Set<String> = []
        for name in names {
            let canonical = Self.moduleName(ofPath: name)
            if let path = pathsByName[canonical] {
                visit(path, order: &order, visited: &visited)
            } else if !builtinNames.contains(canonical) {
                throw BootError.missingKernelModule(canonical)
            }
        }
        return order
    }

    private func visit(_ path: String, order: inout [String], visited: inout Set<String>) {
        guard visited.insert(path).inserted else { return }
        for dependency in (dependenciesByPath[path] ?? []).reversed() {
            visit(dependency, order: &order, visited: &visited)
        }
        order.append(path)
    }
}
