// libFuzzer entry for armor's input paths. Not part of any package target: Tests/Fuzz/run.sh
// compiles it with the sources of ArmorBase, ArmorSyntax, ArmorAnalysis and ArmorRules as one
// module (`swiftc -parse-as-library -sanitize=fuzzer,address`, their `import Armor…` lines
// dropped). One binary; ARMOR_FUZZ_TARGET picks what one input goes through:
//   bicep           Bicep lexer + parser (template and .bicepparam), Bicep front end, graph, rules
//   json            JSON reader, ARM front end (template and parameters file), graph, rules
//   arm-expression  the ARM expression parser on the input as the inside of "[…]"
//   script          the teardown-script lexer and scanner, shell and PowerShell

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

enum FuzzTarget: String {
    case bicep
    case json
    case armExpression = "arm-expression"
    case script
}

let fuzzTarget: FuzzTarget = {
    let name = getenv("ARMOR_FUZZ_TARGET").map { String(cString: $0) } ?? ""
    guard let target = FuzzTarget(rawValue: name) else {
        fputs("ARMOR_FUZZ_TARGET must be bicep, json, arm-expression or script (got '\(name)')\n", stderr)
        exit(2)
    }
    return target
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func armorFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    switch fuzzTarget {
    case .bicep: fuzzBicep(bytes)
    case .json: fuzzJSON(bytes)
    case .armExpression: fuzzARMExpression(bytes)
    case .script: fuzzScript(bytes)
    }
    return 0
}

/// Model, graph, deployment (no modules read), every rule, and the position of every finding.
func lintAll(_ source: SourceFile) {
    let analyzed = Frontend.analyze(source)
    let deployment = DeploymentLoader.load(root: analyzed) { _ in nil }
    let analysis = DeploymentAnalysis(deployment: deployment)
    let findings = RuleRunner.run(analysis)
    // What `armor model` and `armor plan` evaluate: every variable, output and declaration.
    for (index, instance) in deployment.instances.enumerated() {
        let evaluator = analysis.evaluation.evaluator(index)
        for variable in instance.template.variables {
            _ = evaluator.evaluate(Value(.variable(variable.name), at: variable.span))
        }
        for output in instance.template.outputs { _ = evaluator.evaluate(output.value) }
        for (position, resource) in instance.template.resources.enumerated() {
            _ = analysis.isDeployed(ResourceRef(instance: index, index: position))
            for value in [resource.name, resource.condition, resource.scope, resource.body] {
                if let value { _ = evaluator.evaluate(value) }
            }
        }
    }
    for diagnostic in analyzed.allDiagnostics + findings {
        _ = source.location(of: diagnostic.location.span.start)
        _ = source.location(of: diagnostic.location.span.end)
    }
}

func fuzzBicep(_ bytes: [UInt8]) {
    let source = SourceFile(path: "fuzz.bicep", bytes: bytes)
    _ = BicepLexer.lex(source)
    _ = BicepParser.parse(source, isParameterFile: true)
    _ = BicepFrontend.parseParameters(SourceFile(path: "fuzz.bicepparam", bytes: bytes))
    lintAll(source)
}

func fuzzJSON(_ bytes: [UInt8]) {
    let source = SourceFile(path: "fuzz.json", bytes: bytes)
    _ = ARMFrontend.parseParameters(source)
    lintAll(source)
}

func fuzzARMExpression(_ bytes: [UInt8]) {
    let text = String(decoding: bytes, as: UTF8.self)
    let quoted = Array("\"[".utf8) + bytes + Array("]\"".utf8)
    _ = ARMExpressionParser.lower("[" + text + "]", span: Span(0, quoted.count), in: quoted)
}

func fuzzScript(_ bytes: [UInt8]) {
    for dialect in [ScriptDialect.shell, .powerShell] {
        let source = SourceFile(path: dialect == .shell ? "fuzz.sh" : "fuzz.ps1", bytes: bytes)
        let script = TeardownScriptScanner.scan(source, dialect: dialect)
        for command in script.commands {
            _ = source.location(of: command.span.start)
            _ = command.namePattern?.matches("kv-contoso-dev")
            for pattern in command.parentPatterns { _ = pattern?.matches("contoso-rg") }
        }
        for directive in script.directives { _ = source.location(of: directive.span.start) }
    }
}
