import Foundation

/// A lock between processes sharing the kernel cache: a directory created atomically, holding the
/// owner's pid so a lock left by a process that died is taken over.
struct CacheLock: Sendable {
    /// The lock directory.
    let directory: URL

    private var ownerFile: URL { directory.appendingPathComponent("pid") }

    /// Takes the lock, polling every 200 ms while a live process holds it; `waiting` is called once when it has to wait.
    func acquire(waiting: () -> Void) throws {
        var announced = false
        while mkdir(directory.path, 0o755) != 0 {
            guard errno == EEXIST else {
                throw BootError.missingFile(directory.deletingLastPathComponent().path, fix: "make the cache directory writable or set XDG_CACHE_HOME")
            }
            if !ownerIsAlive() {
                release()
                continue
            }
            if !announced {
                waiting()
                announced = true
            }
            usleep(200_000)
        }
        try Data(String(getpid()).utf8).write(to: ownerFile)
    }

    /// Gives the lock up.
    func release() {
        try? FileManager.default.removeItem(at: directory)
    }

    /// False when the pid file names no running process; without a pid file the owner counts as alive
    /// for ten seconds after creating the directory (it writes the file right after).
    private func ownerIsAlive() -> Bool {
        guard let text = try? String(contentsOf: ownerFile, encoding: .utf8) else {
            let created = (try? FileManager.default.attributesOfItem(atPath: directory.path)[.modificationDate]) as? Date
            return created.map { Date().timeIntervalSince($0) < 10 } ?? false
        }
        guard let pid = pid_t(text) else { return false }
        return kill(pid, 0) == 0 || errno == EPERM
    }
}
