extension BicepParser {
    /// `import {…} from 'x'`, `import * as ns from 'x'`, legacy `import 'ext@v' [with {…}] [as a]`.
    mutating func importDeclaration() throws(ParseFailure) -> BicepStatement.Kind {
        index += 1
        if current.kind == .stringComplete {
            return try extensionTail()
        }
        var items: [BicepImportItem] = []
        var wildcard: BicepName?
        if current.kind == .asterisk {
            index += 1
            _ = try expectKeyword("as")
            wildcard = try identifierName()
        } else if current.kind == .leftBrace {
            index += 1
            elements(closing: .rightBrace) { p in
                if let item = p.recovering([.newLine, .comma, .rightBrace], { q throws(ParseFailure) in try q.importItem() }).value {
                    items.append(item)
                }
            }
            try expect(.rightBrace, "}")
        } else {
            throw failure(.bcp305, "Expected the \"with\" keyword, \"as\" keyword, or a new line character at this location.")
        }
        _ = try expectKeyword("from")
        guard current.kind == .stringComplete else { throw failure(.bcp097, "Expected the path at this location.") }
        let path = BicepStringDecoder.decode(bytes, current)
        index += 1
        return .importSymbols(names: items, wildcardAlias: wildcard, from: path)
    }

    mutating func importItem() throws(ParseFailure) -> BicepImportItem {
        let t = current
        let original: String
        switch t.kind {
        case .identifier: original = text(t)
        case .stringComplete: original = BicepStringDecoder.decode(bytes, t)
        default: throw failure(.bcp121, "Expected an identifier at this location.")
        }
        index += 1
        if isKeyword("as") {
            index += 1
            return BicepImportItem(original: original, local: try identifierName())
        }
        if t.kind == .stringComplete { throw failure(.bcp375, "An import list item that is identified by a string literal must be followed by an \"as\" clause.") }
        return BicepImportItem(original: original, local: BicepName(text: original, span: t.span))
    }

    mutating func identifierName() throws(ParseFailure) -> BicepName {
        guard current.kind == .identifier else { throw failure(.bcp121, "Expected an identifier at this location.") }
        let t = current
        index += 1
        return BicepName(text: text(t), span: t.span)
    }

    /// `extension (identifier | string) [with object] [as identifier]`; `provider` likewise.
    mutating func extensionDeclaration() throws(ParseFailure) -> BicepStatement.Kind {
        index += 1
        if current.kind == .identifier {
            let spec = text(current)
            index += 1
            return try extensionClauses(spec: spec)
        }
        guard current.kind == .stringComplete else {
            throw failure(.bcp201, "Expected an extension specification string. This should either be a relative path, or a valid OCI artifact specification.")
        }
        return try extensionTail()
    }

    mutating func extensionTail() throws(ParseFailure) -> BicepStatement.Kind {
        let spec = BicepStringDecoder.decode(bytes, current)
        index += 1
        return try extensionClauses(spec: spec)
    }

    mutating func extensionClauses(spec: String) throws(ParseFailure) -> BicepStatement.Kind {
        var config: BicepExpression?
        var alias: BicepName?
        if isKeyword("with") {
            index += 1
            config = try object(allowResources: false)
        }
        if isKeyword("as") {
            index += 1
            alias = try identifierName()
        }
        if current.kind != .newLine && !atEnd {
            throw failure(.bcp305, "Expected the \"with\" keyword, \"as\" keyword, or a new line character at this location.")
        }
        return .extensionDeclaration(spec: spec, alias: alias, config: config)
    }

    /// `test name 'path' = { … }`.
    mutating func testDeclaration() throws(ParseFailure) -> BicepStatement.Kind {
        index += 1
        let name = declarationName(.bcp121, "test", [.stringComplete, .newLine])
        var path: String?
        if current.kind == .stringComplete {
            path = BicepStringDecoder.decode(bytes, current)
            index += 1
        }
        try expect(.assignment, "=")
        return .test(name, path: path, try object(allowResources: false))
    }

    /// `.bicepparam` statements (§2.7); anything else is BCP337.
    mutating func parameterFileDeclaration(_ decorators: [BicepDecorator]) throws(ParseFailure) -> BicepStatement.Kind {
        guard current.kind == .identifier else { throw parameterFileFailure() }
        switch text(current) {
        case "using":
            index += 1
            var path: String?
            if current.kind == .stringComplete { path = BicepStringDecoder.decode(bytes, current); index += 1 }
            else if isKeyword("none") { index += 1 }
            else { throw failure(.bcp097, "Expected the path at this location.") }
            var config: BicepExpression?
            if isKeyword("with") { index += 1; config = try object(allowResources: false) }
            return .using(path: path, config: config)
        case "extends":
            index += 1
            guard current.kind == .stringComplete else { throw failure(.bcp097, "Expected the path at this location.") }
            let path = BicepStringDecoder.decode(bytes, current)
            index += 1
            return .extends(path: path)
        case "param":
            index += 1
            let name = declarationName(.bcp013, "parameter", [.assignment, .newLine])
            return .parameterAssignment(name, try assignedValue(suppress: name == nil))
        case "extensionConfig":
            index += 1
            let name = try identifierName()
            _ = try expectKeyword("with")
            return .extensionConfig(name, try object(allowResources: false))
        case "var", "import", "type", "extension", "func":
            return try declaration(decorators)
        default:
            throw parameterFileFailure()
        }
    }

    func parameterFileFailure() -> ParseFailure {
        failure(.bcp337, "This declaration type is not valid for a Bicep Parameters file. Supported declarations: \"using\", \"extends\", \"param\", \"var\", \"type\".")
    }
}
