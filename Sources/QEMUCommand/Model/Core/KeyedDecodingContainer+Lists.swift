extension KeyedDecodingContainer {
    /// A missing list of words (`guestForwards`, NUMA `cpus`, window `targets`) is an empty list, so
    /// hand-written descriptions can leave it out.
    func decode(_ type: [String].Type, forKey key: Key) throws -> [String] {
        try decodeIfPresent(type, forKey: key) ?? []
    }

    /// A missing list of host port forwards is an empty list.
    func decode(_ type: [QEMUHostForward].Type, forKey key: Key) throws -> [QEMUHostForward] {
        try decodeIfPresent(type, forKey: key) ?? []
    }
}
