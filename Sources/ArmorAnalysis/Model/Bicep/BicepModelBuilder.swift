import ArmorBase
import ArmorSyntax

/// Lowers a Bicep syntax tree to the model: declarations in source order, expressions as
/// `Value`s with names resolved per the scopes of bicep-syntax.md §5.
package struct BicepModelBuilder {
    let source: SourceFile
    let tree: BicepSyntaxTree
    var template: Template

    /// What a file-level name means.
    enum FileSymbol {
        case parameter, variable, resource(String), function, imported, namespace
    }

    var fileSymbols: [String: FileSymbol] = [:]
    /// Qualified symbol of a resource → its nested children (short name → qualified symbol).
    var children: [String: [String: String]] = [:]
    /// Loop and lambda variables in scope, innermost last.
    var locals: [String] = []
    /// Nested-resource scopes of the resource bodies being lowered, innermost last.
    var resourceScopes: [[String: String]] = []
    /// Extension aliases and the built-in namespaces.
    var namespaces: Set<String> = ["az", "sys"]

    package init(source: SourceFile, tree: BicepSyntaxTree) {
        self.source = source
        self.tree = tree
        self.template = Template(source: source, language: .bicep)
    }

    package mutating func build() -> Template {
        collectFileSymbols()
        template.diagnostics = tree.issues.map { $0.diagnostic(path: source.path) }
        template.pragmas = tree.tokens.pragmas
        for statement in tree.statements {
            lowerStatement(statement)
        }
        resolveParentProperties()
        return template
    }

    /// Pass 1: every file-level name (forward references are fine) and all nested children.
    mutating func collectFileSymbols() {
        for statement in tree.statements {
            switch statement.kind {
            case .parameter(let name?, _, _), .parameterAssignment(let name?, _): fileSymbols[name.text] = .parameter
            case .variable(let name?, _, _): fileSymbols[name.text] = .variable
            case .function(let name?, _): fileSymbols[name.text] = .function
            case .resource(let decl):
                if let name = decl.name {
                    fileSymbols[name.text] = .resource(name.text)
                    if !decl.isModule { collectChildren(of: decl, qualified: name.text) }
                }
            case .importSymbols(let items, let wildcard, _):
                for item in items { fileSymbols[item.local.text] = .imported }
                if let wildcard { fileSymbols[wildcard.text] = .namespace; namespaces.insert(wildcard.text) }
            case .extensionDeclaration(let spec, let alias, _):
                if let alias { namespaces.insert(alias.text) }
                else if let spec, !spec.contains("@"), !spec.contains("/"), !spec.contains(":") { namespaces.insert(spec) }
                else if let spec, let at = spec.firstIndex(of: "@") { namespaces.insert(String(spec[..<at])) }
            default: break
            }
        }
    }

    mutating func collectChildren(of decl: BicepResourceDeclaration, qualified: String) {
        var map: [String: String] = [:]
        for child in BicepModelBuilder.nestedDeclarations(in: decl.value) {
            guard let name = child.name else { continue }
            let q = qualified + "::" + name.text
            map[name.text] = q
            collectChildren(of: child, qualified: q)
        }
        children[qualified] = map
    }

    /// The body object of a resource value (`{…}`, `if (…) {…}`, `[for …: …]`).
    static func bodyObject(_ value: BicepExpression) -> BicepExpression? {
        switch value.kind {
        case .object: return value
        case .ifBody(_, let body): return bodyObject(body)
        case .forLoop(let loop): return bodyObject(loop.body)
        default: return nil
        }
    }

    static func nestedDeclarations(in value: BicepExpression) -> [BicepResourceDeclaration] {
        guard let body = bodyObject(value), case .object(let elements) = body.kind else { return [] }
        return elements.compactMap { element in
            if case .resource(let decl) = element { return decl }
            return nil
        }
    }

    mutating func lowerStatement(_ statement: BicepStatement) {
        switch statement.kind {
        case .targetScope(let e):
            template.targetScope = lower(e).stringLiteral
        case .parameter(let name?, let type, let value):
            let secure = statement.decorators.contains { BicepModelBuilder.decoratorName($0) == "secure" }
            let typeText = type.map { source.text($0.span) } ?? ""
            template.parameters.append(Parameter(name: name.text, type: typeText, defaultValue: value.map { lower($0) },
                                                 isSecure: secure, span: name.span))
        case .parameterAssignment(let name?, let value):
            template.parameters.append(Parameter(name: name.text, type: "", defaultValue: lower(value), isSecure: false, span: name.span))
        case .variable(let name?, _, let value):
            template.variables.append(Variable(name: name.text, value: lower(value), span: name.span))
        case .output(let name?, _, let value):
            template.outputs.append(Output(name: name.text, value: lower(value), span: name.span))
        case .resource(let decl):
            addResource(decl, qualified: decl.name?.text, parent: nil)
        default:
            break
        }
    }

    static func decoratorName(_ decorator: BicepDecorator) -> String? {
        switch decorator.expression.kind {
        case .call(let name, _, _): name
        case .instanceCall(_, let name, _, _, _): name
        case .identifier(let name): name
        default: nil
        }
    }
}
