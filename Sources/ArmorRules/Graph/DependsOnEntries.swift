import ArmorBase
import ArmorSyntax
import ArmorAnalysis

/// A declaration's written `dependsOn` array: its entries' spans, and the edits that remove one
/// (or the whole property, with its line, when no entry would be left).
struct DependsOnEntries {
    let editor: SourceEditor
    let path: String
    let keySpan: Span
    let array: Value
    let items: [Span]
    /// End of the body entry before `dependsOn`, if any; whether `dependsOn` is the body's last.
    let previousEnd: Int?
    let isLast: Bool

    init?(_ template: Template, _ index: Int) {
        guard template.resources.indices.contains(index),
              case .object(let entries) = template.resources[index].body.kind else { return nil }
        guard let position = entries.firstIndex(where: { entry in
            if case .property(let key, _, _) = entry { return ASCIICase.equal(key, "dependsOn") }
            return false
        }), case .property(_, let keySpan, let value) = entries[position], case .array(let elements) = value.kind else { return nil }
        var items: [Span] = []
        for element in elements {
            guard case .element(let item) = element else { return nil }
            items.append(item.span)
        }
        self.editor = SourceEditor(template)
        self.path = template.path
        self.keySpan = keySpan
        self.array = value
        self.items = items
        self.previousEnd = position > 0 ? Int(SourceEditor.extent(entries[position - 1]).end) : nil
        self.isLast = position == entries.count - 1
    }

    /// The entry an explicit edge was written as: the one at the edge's span, else (Bicep) the
    /// entry that names the target's symbol.
    func element(for edge: Edge, _ template: Template) -> Int? {
        if let i = items.firstIndex(where: { $0.start <= edge.span.start && edge.span.end <= $0.end }) { return i }
        guard template.language == .bicep, case .array(let elements) = array.kind else { return nil }
        let symbol = template.resources[edge.target].symbol
        return elements.firstIndex { element in
            if case .element(let value) = element, case .resource(let name) = value.kind { return name == symbol }
            return false
        }
    }

    func location(of element: Int) -> Location { Location(path: path, span: items[element]) }

    /// Whether a span lies inside the array (a reference written there is the entry itself).
    func contains(_ span: Span) -> Bool { array.span.start <= span.start && span.end <= array.span.end }

    /// Removes entry `element`; when every entry goes (`alsoRemoved` holds the others' indices),
    /// removes the `dependsOn` property, with its line when it has one to itself.
    func removal(of element: Int, alsoRemoved: Set<Int>, title: String) -> Fix? {
        let edits: [TextEdit]?
        if Set(items.indices).isSubset(of: alsoRemoved.union([element])) {
            edits = editor.removeProperty(keyStart: Int(keySpan.start), valueEnd: Int(array.span.end),
                                          previousEnd: previousEnd, isLast: isLast)
        } else {
            edits = editor.removeElement(element, of: items, array: array.span)
        }
        return edits.map { Fix(title: title, applicability: .safe, edits: $0) }
    }
}
