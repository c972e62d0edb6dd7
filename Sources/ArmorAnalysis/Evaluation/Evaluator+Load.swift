import ArmorBase
import ArmorSyntax

/// `loadTextContent`, `loadJsonContent` and `loadYamlContent`: the compiler inlines the file, so
/// its content is known. Paths are relative to the template's own file; a missing, unreadable,
/// oversized or malformed file, an encoding other than UTF-8 and a JSON path armor does not
/// follow are unknown.
extension Evaluator {
    func loadFunction(_ function: String, _ values: [KnownValue]) -> KnownValue? {
        switch function {
        case "loadtextcontent":
            guard (1...2).contains(values.count), Self.isUTF8(values, encodingAt: 1) else { return .unknown }
            return loaded(function, values[0]) { bytes in
                guard let text = String(validating: Self.withoutBOM(bytes), as: UTF8.self) else { return .unknown }
                return .string(text)
            }
        case "loadjsoncontent", "loadyamlcontent":
            guard (1...3).contains(values.count), Self.isUTF8(values, encodingAt: 2) else { return .unknown }
            let whole = loaded(function, values[0]) { bytes in
                function == "loadjsoncontent" ? Self.json(bytes) : (YAMLSubset.parse(Self.withoutBOM(bytes)) ?? .unknown)
            }
            guard values.count >= 2 else { return whole }
            guard let path = values[1].stringValue else { return .unknown }
            return Self.select(path, in: whole)
        case "loadfileasbase64":
            return .unknown
        default:
            return nil
        }
    }

    /// The .NET reader the compiler uses drops a UTF-8 byte order mark.
    static func withoutBOM(_ bytes: [UInt8]) -> ArraySlice<UInt8> {
        bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
    }

    private static func isUTF8(_ values: [KnownValue], encodingAt i: Int) -> Bool {
        guard values.count > i else { return true }
        guard let encoding = values[i].stringValue?.lowercased() else { return false }
        return encoding == "utf-8" || encoding == "utf8"
    }

    /// Reads `name` relative to the template once per evaluation root.
    private func loaded(_ function: String, _ name: KnownValue, _ convert: ([UInt8]) -> KnownValue) -> KnownValue {
        guard let relative = name.stringValue, !relative.isEmpty, let files = environment.files,
              let template = environment.templatePath else { return .unknown }
        let path = Paths.join(Paths.directory(of: template), relative)
        let key = function + "\u{0}" + path
        if let done = cache.loadedFiles[key] { return done }
        let value = files.read(path).map(convert) ?? .unknown
        cache.loadedFiles[key] = value
        return value
    }

    /// A JSON file (comments and trailing commas tolerated, as the compiler does); unknown when
    /// it has errors.
    static func json(_ bytes: [UInt8]) -> KnownValue {
        let document = JSONReader.read(SourceFile(path: "", bytes: bytes))
        guard let root = document.root,
              !document.diagnostics.contains(where: { $0.severity == .error }) else { return .unknown }
        return known(root)
    }

    static func known(_ json: JSONValue) -> KnownValue {
        switch json.kind {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .number(let text): return Int64(text).map { .int($0) } ?? .unknown
        case .string(let s): return .string(s)
        case .array(let items): return .array(items.map(known))
        case .object(let members):
            var object = KnownObject()
            for member in members { object[member.key] = known(member.value) }
            return .object(object)
        case .invalid: return .unknown
        }
    }

    /// A JSONPath of names and indexes (`$.a.b[0]`, `['a b']`, `a.b`); wildcards, filters and
    /// recursive descent are unknown.
    static func select(_ path: String, in value: KnownValue) -> KnownValue {
        var chars = Substring(path.trimmingSpaces)
        if chars.first == "$" { chars.removeFirst() }
        // A leading bare name: `a.b` means `$.a.b`.
        if let first = chars.first, first != "." && first != "[" { chars = "." + chars }
        var current = value
        while let c = chars.first {
            if c == "." {
                chars.removeFirst()
                let name = chars.prefix { $0 != "." && $0 != "[" }
                guard !name.isEmpty, !name.contains("*") else { return .unknown }
                chars.removeFirst(name.count)
                current = current.objectValue?[String(name)] ?? .unknown
            } else if c == "[" {
                guard let close = chars.firstIndex(of: "]") else { return .unknown }
                let inside = chars[chars.index(after: chars.startIndex)..<close]
                chars = chars[chars.index(after: close)...]
                if let n = Int(inside), let items = current.arrayValue {
                    guard n >= 0, n < items.count else { return .unknown }
                    current = items[n]
                } else if inside.count >= 2, let q = inside.first, q == "'" || q == "\"", inside.last == q {
                    current = current.objectValue?[String(inside.dropFirst().dropLast())] ?? .unknown
                } else {
                    return .unknown
                }
            } else {
                return .unknown
            }
        }
        return current
    }
}

extension String {
    var trimmingSpaces: Substring {
        var s = Substring(self)
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return s
    }
}
