/// The function names templates use most, lower-cased, found from the written bytes without
/// building a String: a known name is a literal (no allocation, no release), and its
/// `SpecialFunction` comes with it. Other names are folded into a new String, as before.
enum ARMFunctionNames {
    typealias Known = (name: String, special: SpecialFunction?)

    /// The lower-cased name written as `written` (identifier bytes), when it is a common one.
    /// A switch on length and first letter, then one or two byte compares: no table to load.
    static func known(_ written: ArraySlice<UInt8>) -> Known? {
        guard let first = written.first else { return nil }
        switch (written.count, first | 0x20) {
        case (2, UInt8(ascii: "i")): return match(written, "if", nil)
        case (2, UInt8(ascii: "o")): return match(written, "or", nil)
        case (3, UInt8(ascii: "a")): return match(written, "and", nil) ?? match(written, "add", nil)
        case (3, UInt8(ascii: "d")): return match(written, "div", nil)
        case (3, UInt8(ascii: "i")): return match(written, "int", nil)
        case (3, UInt8(ascii: "m")): return match(written, "map", nil) ?? match(written, "min", nil) ?? match(written, "max", nil) ?? match(written, "mul", nil) ?? match(written, "mod", nil)
        case (3, UInt8(ascii: "n")): return match(written, "not", nil)
        case (3, UInt8(ascii: "s")): return match(written, "sub", nil)
        case (3, UInt8(ascii: "u")): return match(written, "uri", nil)
        case (4, UInt8(ascii: "b")): return match(written, "bool", nil)
        case (4, UInt8(ascii: "g")): return match(written, "guid", nil)
        case (4, UInt8(ascii: "j")): return match(written, "json", nil) ?? match(written, "join", nil)
        case (4, UInt8(ascii: "l")): return match(written, "last", nil) ?? match(written, "less", nil) ?? match(written, "list", nil)
        case (4, UInt8(ascii: "n")): return match(written, "null", .null)
        case (4, UInt8(ascii: "s")): return match(written, "skip", nil) ?? match(written, "sort", nil)
        case (4, UInt8(ascii: "t")): return match(written, "true", .true) ?? match(written, "take", nil) ?? match(written, "trim", nil)
        case (5, UInt8(ascii: "a")): return match(written, "array", nil)
        case (5, UInt8(ascii: "e")): return match(written, "empty", nil)
        case (5, UInt8(ascii: "f")): return match(written, "false", .false) ?? match(written, "first", nil)
        case (5, UInt8(ascii: "i")): return match(written, "items", nil)
        case (5, UInt8(ascii: "r")): return match(written, "range", nil)
        case (5, UInt8(ascii: "s")): return match(written, "split", nil)
        case (5, UInt8(ascii: "u")): return match(written, "union", nil)
        case (6, UInt8(ascii: "c")): return match(written, "concat", nil)
        case (6, UInt8(ascii: "e")): return match(written, "equals", nil)
        case (6, UInt8(ascii: "f")): return match(written, "format", nil) ?? match(written, "filter", nil)
        case (6, UInt8(ascii: "l")): return match(written, "lambda", .lambda) ?? match(written, "length", nil)
        case (6, UInt8(ascii: "r")): return match(written, "reduce", nil)
        case (6, UInt8(ascii: "s")): return match(written, "string", nil)
        case (6, UInt8(ascii: "t")): return match(written, "tryget", .tryGet) ?? match(written, "tenant", nil) ?? match(written, "tojson", nil)
        case (6, UInt8(ascii: "u")): return match(written, "utcnow", nil)
        case (7, UInt8(ascii: "d")): return match(written, "datauri", nil)
        case (7, UInt8(ascii: "f")): return match(written, "flatten", nil)
        case (7, UInt8(ascii: "g")): return match(written, "greater", nil)
        case (7, UInt8(ascii: "i")): return match(written, "indexof", nil)
        case (7, UInt8(ascii: "n")): return match(written, "newguid", nil)
        case (7, UInt8(ascii: "r")): return match(written, "replace", nil)
        case (7, UInt8(ascii: "t")): return match(written, "tolower", nil) ?? match(written, "toupper", nil)
        case (8, UInt8(ascii: "c")): return match(written, "coalesce", .coalesce) ?? match(written, "contains", nil)
        case (8, UInt8(ascii: "e")): return match(written, "endswith", nil)
        case (8, UInt8(ascii: "l")): return match(written, "listkeys", nil)
        case (8, UInt8(ascii: "t")): return match(written, "toobject", nil)
        case (9, UInt8(ascii: "c")): return match(written, "copyindex", nil)
        case (9, UInt8(ascii: "p")): return match(written, "pickzones", nil)
        case (9, UInt8(ascii: "r")): return match(written, "reference", nil)
        case (9, UInt8(ascii: "s")): return match(written, "substring", nil)
        case (9, UInt8(ascii: "v")): return match(written, "variables", .variables)
        case (10, UInt8(ascii: "d")): return match(written, "deployment", nil)
        case (10, UInt8(ascii: "o")): return match(written, "objectkeys", nil)
        case (10, UInt8(ascii: "p")): return match(written, "parameters", .parameters)
        case (10, UInt8(ascii: "r")): return match(written, "resourceid", nil)
        case (10, UInt8(ascii: "s")): return match(written, "startswith", nil)
        case (11, UInt8(ascii: "c")): return match(written, "createarray", nil)
        case (11, UInt8(ascii: "e")): return match(written, "environment", nil)
        case (11, UInt8(ascii: "l")): return match(written, "lastindexof", nil) ?? match(written, "listsecrets", nil)
        case (12, UInt8(ascii: "c")): return match(written, "createobject", nil)
        case (12, UInt8(ascii: "i")): return match(written, "intersection", nil)
        case (12, UInt8(ascii: "l")): return match(written, "lessorequals", nil)
        case (12, UInt8(ascii: "s")): return match(written, "shallowmerge", nil) ?? match(written, "subscription", nil)
        case (12, UInt8(ascii: "u")): return match(written, "uniquestring", nil)
        case (13, UInt8(ascii: "r")): return match(written, "resourcegroup", nil)
        case (15, UInt8(ascii: "g")): return match(written, "greaterorequals", nil)
        case (15, UInt8(ascii: "l")): return match(written, "lambdavariables", .lambdaVariables)
        case (15, UInt8(ascii: "m")): return match(written, "managementgroup", nil)
        case (16, UInt8(ascii: "t")): return match(written, "tenantresourceid", nil)
        case (19, UInt8(ascii: "e")): return match(written, "extensionresourceid", nil)
        case (22, UInt8(ascii: "s")): return match(written, "subscriptionresourceid", nil)
        case (25, UInt8(ascii: "m")): return match(written, "managementgroupresourceid", nil)
        default: return nil
        }
    }

    /// `name` (a literal: immortal, so returning it allocates nothing) with its special
    /// function when `written` spells it in any ASCII case (the lengths are equal).
    @inline(__always)
    private static func match(_ written: ArraySlice<UInt8>, _ name: String, _ special: SpecialFunction?) -> Known? {
        let same = name.utf8.withContiguousStorageIfAvailable { bytes in
            var k = 0
            for b in written {
                // `b | 0x20` turns an upper-case letter into its lower case and no other
                // identifier byte (digit, `_`, `$`) into a letter, so one OR per byte folds.
                guard b | 0x20 == bytes[k] else { return false }
                k += 1
            }
            return true
        } ?? written.elementsEqual(name.utf8) { $0 | 0x20 == $1 }
        return same ? (name, special) : nil
    }
}
