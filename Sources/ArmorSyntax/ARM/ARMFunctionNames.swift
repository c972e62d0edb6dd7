/// The function names templates use most, lower-cased, found from the written bytes without
/// building a String: a known name is a literal (no allocation, no release), and its
/// `SpecialFunction` comes with it. Other names are folded into a new String, as before.
enum ARMFunctionNames {
    /// Names by length; within a length, the common ones first.
    private static let byLength: [[(bytes: [UInt8], name: String, special: SpecialFunction?)]] = {
        let names: [(String, SpecialFunction?)] = [
            ("parameters", .parameters), ("variables", .variables), ("coalesce", .coalesce),
            ("tryget", .tryGet), ("true", .true), ("false", .false), ("null", .null),
            ("lambda", .lambda), ("lambdavariables", .lambdaVariables),
            ("createarray", nil), ("copyindex", nil), ("format", nil), ("if", nil), ("createobject", nil),
            ("subscriptionresourceid", nil), ("not", nil), ("empty", nil), ("resourceid", nil),
            ("length", nil), ("resourcegroup", nil), ("deployment", nil), ("reference", nil),
            ("uniquestring", nil), ("equals", nil), ("concat", nil), ("union", nil), ("split", nil),
            ("and", nil), ("or", nil), ("contains", nil), ("last", nil), ("first", nil),
            ("tolower", nil), ("toupper", nil), ("guid", nil), ("substring", nil), ("replace", nil),
            ("string", nil), ("int", nil), ("bool", nil), ("json", nil), ("take", nil), ("skip", nil),
            ("map", nil), ("filter", nil), ("reduce", nil), ("shallowmerge", nil), ("items", nil),
            ("extensionresourceid", nil), ("tenantresourceid", nil), ("managementgroupresourceid", nil),
            ("subscription", nil), ("tenant", nil), ("managementgroup", nil), ("listkeys", nil),
            ("range", nil), ("min", nil), ("max", nil), ("greater", nil), ("less", nil),
            ("greaterorequals", nil), ("lessorequals", nil), ("add", nil), ("sub", nil), ("mul", nil),
            ("div", nil), ("mod", nil), ("endswith", nil), ("startswith", nil), ("indexof", nil),
            ("lastindexof", nil), ("trim", nil), ("base64", nil), ("environment", nil), ("utcnow", nil),
            ("newguid", nil), ("intersection", nil), ("objectkeys", nil), ("tojson", nil),
            ("toobject", nil), ("flatten", nil), ("sort", nil), ("pickzones", nil), ("uri", nil),
            ("list", nil), ("listsecrets", nil), ("array", nil), ("join", nil), ("datauri", nil),
        ]
        var table: [[(bytes: [UInt8], name: String, special: SpecialFunction?)]] = []
        for (name, special) in names {
            let bytes = Array(name.utf8)
            while table.count <= bytes.count { table.append([]) }
            table[bytes.count].append((bytes, name, special))
        }
        return table
    }()

    /// The lower-cased name written as `written` (identifier bytes), when it is in the table.
    static func known(_ written: ArraySlice<UInt8>) -> (name: String, special: SpecialFunction?)? {
        guard written.count < byLength.count else { return nil }
        for entry in byLength[written.count] where matches(written, entry.bytes) {
            return (entry.name, entry.special)
        }
        return nil
    }

    /// ASCII-case-insensitive equality against a lower-case, letters-only name: `b | 0x20`
    /// turns an upper-case letter into its lower case and no other identifier byte (digit, `_`,
    /// `$`) into a letter, so one OR per byte folds.
    @inline(__always)
    private static func matches(_ written: ArraySlice<UInt8>, _ name: [UInt8]) -> Bool {
        var k = 0
        for b in written {
            guard b | 0x20 == name[k] else { return false }
            k += 1
        }
        return true
    }
}
