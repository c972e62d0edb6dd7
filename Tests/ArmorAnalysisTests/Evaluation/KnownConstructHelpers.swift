@testable import ArmorBase
@testable import ArmorSyntax
@testable import ArmorAnalysis

/// Templates parsed from source and evaluated end to end (front end → model → evaluator), with
/// local files served from memory under `/t/`.
enum Known {
    static func bicep(_ text: String, files: [String: String] = [:],
                      parameters: [String: KnownValue] = [:]) -> Evaluator {
        evaluator(BicepFrontend.parseTemplate(SourceFile(path: "/t/main.bicep", text: text)), files, parameters)
    }

    static func arm(_ text: String, parameters: [String: KnownValue] = [:]) -> Evaluator {
        evaluator(ARMFrontend.parseTemplate(SourceFile(path: "/t/main.json", text: text)), [:], parameters)
    }

    private static func evaluator(_ template: Template, _ files: [String: String],
                                  _ parameters: [String: KnownValue]) -> Evaluator {
        var environment = Environment(template: template, parameterValues: parameters)
        environment.files = .memory(Dictionary(uniqueKeysWithValues: files.map { ("/t/" + $0.key, $0.value) }))
        return Evaluator(environment: environment)
    }

    /// An ARM template with these variables (JSON text of the `variables` object's members).
    static func armVariables(_ members: String, parameters: String = "") -> Evaluator {
        arm("""
        {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
         "parameters": {\(parameters)}, "variables": {\(members)}, "resources": []}
        """)
    }
}

extension Evaluator {
    func variable(_ name: String) -> KnownValue { evaluate(Value(.variable(name), at: .zero)) }
}

extension KnownValue {
    static func strings(_ items: String...) -> KnownValue { .array(items.map { .string($0) }) }
}
