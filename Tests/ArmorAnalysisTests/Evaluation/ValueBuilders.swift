@testable import ArmorBase
@testable import ArmorSyntax
@testable import ArmorAnalysis

/// Hand-built `Value` trees for evaluator tests (front ends are written elsewhere). All spans
/// are zero: the evaluator never reads them.
enum V {
    static func v(_ kind: Value.Kind) -> Value { Value(kind, at: .zero) }
    static func s(_ text: String) -> Value { v(.string(text)) }
    static func i(_ n: Int64) -> Value { v(.int(n)) }
    static func b(_ flag: Bool) -> Value { v(.bool(flag)) }
    static let null = v(.null)
    static let unknown = v(.unknown)
    static func interp(_ parts: Value...) -> Value { v(.interpolation(parts)) }
    static func obj(_ pairs: (String, Value)...) -> Value {
        v(.object(pairs.map { .property(key: $0.0, keySpan: .zero, value: $0.1) }))
    }
    static func objEntries(_ entries: [Value.ObjectEntry]) -> Value { v(.object(entries)) }
    static func arr(_ items: Value...) -> Value { v(.array(items.map { .element($0) })) }
    static func param(_ name: String) -> Value { v(.parameter(name)) }
    static func variable(_ name: String) -> Value { v(.variable(name)) }
    static func local(_ name: String) -> Value { v(.local(name)) }
    static func res(_ symbol: String) -> Value { v(.resource(symbol)) }
    static func call(_ name: String, _ args: Value...) -> Value {
        v(.call(name: name, namespace: nil, arguments: args))
    }
    static func nsCall(_ namespace: String, _ name: String, _ args: Value...) -> Value {
        v(.call(name: name, namespace: namespace, arguments: args))
    }
    static func member(_ base: Value, _ name: String, safe: Bool = false) -> Value {
        v(.member(base, name, safe: safe))
    }
    static func index(_ base: Value, _ index: Value, safe: Bool = false, fromEnd: Bool = false) -> Value {
        v(.index(base, index, safe: safe, fromEnd: fromEnd))
    }
    static func bin(_ op: Value.BinaryOperator, _ a: Value, _ b: Value) -> Value { v(.binary(op, a, b)) }
    static func not(_ a: Value) -> Value { v(.unary(.not, a)) }
    static func ternary(_ c: Value, _ t: Value, _ e: Value) -> Value { v(.ternary(condition: c, then: t, else: e)) }
    static func forLoop(_ item: String?, _ index: String?, in source: Value, _ body: Value) -> Value {
        v(.forLoop(item: item, index: index, source: source, body: body))
    }
    static func lambda(_ parameters: [String], _ body: Value) -> Value {
        v(.lambda(parameters: parameters, body: body))
    }
}

/// A template assembled from parts, for environment tests.
struct TemplateBuilder {
    var template = Template(source: SourceFile(path: "test.bicep", text: ""), language: .bicep)

    mutating func param(_ name: String, default value: Value? = nil) {
        template.parameters.append(Parameter(name: name, type: "string", defaultValue: value,
                                             isSecure: false, span: .zero))
    }

    mutating func variable(_ name: String, _ value: Value) {
        template.variables.append(Variable(name: name, value: value, span: .zero))
    }

    @discardableResult
    mutating func resource(_ symbol: String, _ type: String, name: Value?, parent: Int? = nil,
                           scope: Value? = nil, loop: Loop? = nil, body: Value? = nil) -> Int {
        var r = Resource(symbol: symbol, kind: .resource, type: type, span: .zero)
        r.name = name
        r.parent = parent
        r.scope = scope
        r.loop = loop
        if let body { r.body = body }
        template.resources.append(r)
        return template.resources.count - 1
    }

    func evaluator(_ values: [String: KnownValue] = [:]) -> Evaluator {
        Evaluator(template: template, parameterValues: values)
    }
}

extension KnownValue {
    static func obj(_ pairs: (String, KnownValue)...) -> KnownValue { .object(KnownObject(pairs)) }
}

/// Evaluates with an empty environment.
func evaluateAlone(_ value: Value) -> KnownValue {
    Evaluator(environment: Environment()).evaluate(value)
}
