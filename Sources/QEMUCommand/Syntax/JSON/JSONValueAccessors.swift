/// Typed reads of a ``JSONValue`` for code that consumes QMP replies and schemas.
extension JSONValue {
    /// The boolean, if this is `true` or `false`.
    public var boolValue: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    /// The number as an `Int`, if this is an integral number that fits.
    public var intValue: Int? {
        guard case .number(let number) = self else { return nil }
        if let exact = number.int64Value { return Int(exactly: exact) }
        return number.doubleValue.flatMap { Int(exactly: $0) }
    }

    /// The number as an `Int64`, if this is an integral number that fits.
    public var int64Value: Int64? {
        guard case .number(let number) = self else { return nil }
        return number.int64Value ?? number.doubleValue.flatMap { Int64(exactly: $0) }
    }

    /// The number as a `UInt64`, if this is a non-negative integral number that fits.
    public var uint64Value: UInt64? {
        guard case .number(let number) = self else { return nil }
        return number.uint64Value ?? number.doubleValue.flatMap { UInt64(exactly: $0) }
    }

    /// The elements, if this is an array.
    public var arrayValue: [JSONValue]? {
        if case .array(let elements) = self { return elements }
        return nil
    }

    /// The elements if this is an array, otherwise none.
    public var elements: [JSONValue] { arrayValue ?? [] }

    /// The members in order, if this is an object.
    public var objectValue: [(key: String, value: JSONValue)]? {
        if case .object(let members) = self { return members }
        return nil
    }

    /// Whether this is `null`.
    public var isNull: Bool { self == .null }
}
