import ArmorBase
import ArmorSyntax
import ArmorAnalysis

/// The fix of a loop that creates a Key Vault connection as its first element together with
/// ordinary connections: make it serial, one element at a time (Bicep `@batchSize(1)`, ARM
/// `copy.mode: serial` with `batchSize: 1`). Serialising changes only the order, so it is safe.
/// No fix when a written mode or size is not a literal (a parameter may choose it on purpose) or
/// the loop lives in a restored registry module.
enum SerialLoopFix {
    static func make(loop: ResourceRef, _ context: DeploymentAnalysis) -> Fix? {
        guard !isRegistryCopy(loop.instance, context) else { return nil }
        let template = context.deployment.template(of: loop)
        let resource = context.deployment.resource(loop)
        let name = context.displayName(loop)
        let editor = SourceEditor(template)
        switch template.language {
        case .bicep:
            guard let edits = bicep(resource, editor) else { return nil }
            return Fix(title: "add @batchSize(1) to '\(name)' so that its elements deploy one at a time, the Key Vault connection first",
                       applicability: .safe, edits: edits)
        case .arm:
            guard let edits = arm(resource, editor).flatMap(SourceEditor.joined) else { return nil }
            return Fix(title: "set \"mode\": \"serial\" and \"batchSize\": 1 in the copy of '\(name)' so that its elements deploy "
                       + "one at a time, the Key Vault connection first", applicability: .safe, edits: edits)
        }
    }

    /// `@batchSize(n)` gets 1 for n; else a new decorator line right above the keyword (below
    /// the other decorators and a `#disable-next-line` that belongs to the keyword's line).
    private static func bicep(_ resource: Resource, _ editor: SourceEditor) -> [TextEdit]? {
        for decorator in resource.decorators {
            guard case .call("batchSize", _, let arguments) = decorator.kind else { continue }
            guard arguments.count == 1, let argument = arguments.first, case .int = argument.kind else { return nil }
            return [editor.replace(argument.span, with: "1")]
        }
        let keyword = Int(resource.span.start)
        guard editor.startsLine(keyword) else { return nil }
        var at = editor.lineStart(keyword)
        if at > 0, editor.text(Span(editor.lineStart(at - 1), at)).drop(while: { $0 == " " || $0 == "\t" })
            .hasPrefix("#disable-next-line") {
            at = editor.lineStart(at - 1)
        }
        let line = editor.indentation(ofLineAt: keyword) + "@batchSize(1)" + editor.newline(at: keyword)
        return [TextEdit.insert(line, at: UInt32(clamping: at), in: editor.source.path)]
    }

    /// The `copy` object's `mode` and `batchSize`: literals set in place, missing ones added.
    private static func arm(_ resource: Resource, _ editor: SourceEditor) -> [TextEdit]? {
        guard let copy = resource.body.property("copy"), case .object = copy.kind else { return nil }
        var edits: [TextEdit] = []
        var missing: [String] = []
        if let mode = copy.property("mode") {
            guard let text = mode.stringLiteral else { return nil }
            if !ASCIICase.equal(text, "serial") { edits.append(editor.replace(mode.span, with: "\"serial\"")) }
        } else {
            missing.append("\"mode\": \"serial\"")
        }
        if let size = copy.property("batchSize") {
            guard case .int(let n) = size.kind else { return nil }
            if n != 1 { edits.append(editor.replace(size.span, with: "1")) }
        } else {
            missing.append("\"batchSize\": 1")
        }
        if !missing.isEmpty {
            guard let inserted = editor.insertProperties(missing, into: copy) else { return nil }
            edits += inserted
        }
        return edits.isEmpty ? nil : edits
    }

    /// Whether the instance (or a module above it) was restored from a registry: its file is
    /// the module cache's, not the user's.
    private static func isRegistryCopy(_ instance: Int, _ context: DeploymentAnalysis) -> Bool {
        let deployment = context.deployment
        if deployment.instances[instance].registryReference != nil { return true }
        return deployment.moduleChain(of: instance).contains { deployment.instances[$0.instance].registryReference != nil }
    }
}
