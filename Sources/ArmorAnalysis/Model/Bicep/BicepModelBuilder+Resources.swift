import ArmorBase
import ArmorSyntax

extension BicepModelBuilder {
    /// What a nested child inherits from the declaration it is nested in.
    struct Enclosing {
        var index: Int
        var type: String
        var apiVersion: String?
        var conditional: Bool
    }

    /// Appends a resource/module and then its nested children (pre-order = source order).
    mutating func addResource(_ decl: BicepResourceDeclaration, qualified: String?, parent: Enclosing?) {
        guard let qualified else { return }
        var r = Resource(symbol: qualified, kind: decl.isModule ? .module : .resource, type: "", span: decl.keywordSpan)
        r.declarationSpan = decl.span
        r.existing = decl.existing
        setType(&r, decl, parent: parent)
        r.decorators = decl.decorators.map { lower($0.expression) }
        r.batchSize = BicepModelBuilder.batchSize(r.decorators)

        resourceScopes.append(children[qualified] ?? [:])
        defer { resourceScopes.removeLast() }
        let localCount = locals.count
        var value = decl.value
        if case .forLoop(let loop) = value.kind {
            let sourceValue = lower(loop.source)
            if let item = loop.item { locals.append(item.text) }
            if let index = loop.index { locals.append(index.text) }
            r.loop = Loop(item: loop.item?.text, index: loop.index?.text, source: sourceValue, copyName: qualified)
            value = loop.body
        }
        if case .ifBody(let condition, let body) = value.kind {
            r.condition = lower(condition)
            value = body
        }
        r.body = lower(value)
        locals.removeLast(locals.count - localCount)
        r.name = r.body.property("name")
        r.scope = r.body.property("scope")
        r.conditional = r.condition != nil || (parent?.conditional ?? false)
        r.parent = parent?.index
        let index = template.resources.count
        template.resources.append(r)

        let enclosing = Enclosing(index: index, type: r.type, apiVersion: r.apiVersion, conditional: r.conditional)
        for child in BicepModelBuilder.nestedDeclarations(in: decl.value) {
            addResource(child, qualified: child.name.map { qualified + "::" + $0.text }, parent: enclosing)
        }
    }

    /// `parent: x` ties a top-level resource to `x` (resolved by symbol; forward refs are
    /// fixed up at the end by `resolveParentProperties`).
    mutating func resolveParentProperty(_ index: Int) {
        guard template.resources[index].parent == nil,
              let p = template.resources[index].body.property("parent"),
              case .resource(let symbol) = p.kind else { return }
        if let target = template.resourceIndex(symbol: symbol), target != index {
            template.resources[index].parent = target
        }
    }

    mutating func setType(_ r: inout Resource, _ decl: BicepResourceDeclaration, parent: Enclosing?) {
        let text = decl.typeString ?? ""
        if decl.isModule {
            r.type = "Microsoft.Resources/deployments"
            if text.hasPrefix("br:") || text.hasPrefix("br/") || text.hasPrefix("ts:") || text.hasPrefix("ts/") {
                r.module = .external(text)
            } else {
                r.module = .local(path: text)
            }
            return
        }
        var typePart = Substring(text)
        var api: String?
        // Searched as bytes: a Character search costs ~40 instructions a byte on every resource.
        let utf8 = text.utf8
        if let at = BicepModelBuilder.firstIndex(of: UInt8(ascii: "@"), in: text) {
            typePart = text[..<at]
            api = String(text[utf8.index(after: at)...])
        }
        if let parent {
            r.type = parent.type + "/" + typePart
            r.apiVersion = api ?? parent.apiVersion
        } else {
            r.type = String(typePart)
            r.apiVersion = api
        }
        r.isAzureType = BicepModelBuilder.isAzureType(r.type)
    }

    /// Extension types (Microsoft Graph, Kubernetes `apps/Deployment`, …) are not Azure types.
    /// There is no type library, so: a namespace without a dot, or `Microsoft.Graph`.
    static func isAzureType(_ type: String) -> Bool {
        let utf8 = type.utf8
        let slash = firstIndex(of: UInt8(ascii: "/"), in: type) ?? utf8.endIndex
        if !utf8[..<slash].contains(UInt8(ascii: ".")) { return type.isEmpty }
        return !ASCIICase.equal(String(type[..<slash]), "Microsoft.Graph")
    }

    /// `s.utf8.firstIndex(of: byte)`, searched in the string's contiguous buffer: the generic
    /// UTF-8 view search costs ~25 instructions a byte.
    static func firstIndex(of byte: UInt8, in s: String) -> String.Index? {
        let utf8 = s.utf8
        guard let found = utf8.withContiguousStorageIfAvailable({ $0.firstIndex(of: byte) }) else {
            return utf8.firstIndex(of: byte)
        }
        return found.map { utf8.index(utf8.startIndex, offsetBy: $0) }
    }

    static func batchSize(_ decorators: [Value]) -> Int? {
        for d in decorators {
            if case .call("batchSize", _, let args) = d.kind, let first = args.first, case .int(let n) = first.kind {
                return Int(n)
            }
        }
        return nil
    }

    /// After all declarations exist: `parent:` references written before their target.
    mutating func resolveParentProperties() {
        for index in template.resources.indices { resolveParentProperty(index) }
    }
}
