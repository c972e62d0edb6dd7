extension FileSystem {
    /// The bytes of a regular file no larger than `maxBytes`; nil for anything else (missing,
    /// a directory, a FIFO or device such as /dev/zero, too big). See `readFile`.
    public static func readRegularFile(_ path: String, maxBytes: Int) -> [UInt8]? {
        try? readFile(path, maxBytes: maxBytes)
    }
}
