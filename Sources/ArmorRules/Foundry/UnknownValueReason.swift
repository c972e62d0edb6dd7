import ArmorSyntax
import ArmorAnalysis

extension DeploymentAnalysis {
    /// Why a value is unknown, for undecided notes: "parameter 'connections', which has no value".
    func unknownReason(_ value: Value?, in instance: Int) -> String {
        guard let value else { return "it is not written" }
        guard let origin = tracer.origin(value, in: instance) else {
            // Values of a looped module differ per element: name the loop's array instead.
            if let module = deployment.instances[instance].deployedBy, let loop = deployment.resource(module).loop {
                return "module '\(deployment.resource(module).symbol)' is a loop, whose array: " + unknownReason(loop.source, in: module.instance)
            }
            return "it is known only at deployment"
        }
        return Self.describe(origin.text, deployment)
    }

    /// The first parameter named in an origin text, else the kind of value it is.
    private static func describe(_ text: String, _ deployment: Deployment) -> String {
        var rest = Substring(text)
        while let range = rest.firstRange(of: "p") {
            let after = rest[range.upperBound...]
            let digits = after.prefix { $0.isNumber }
            let atStart = range.lowerBound == rest.startIndex || !(rest[rest.index(before: range.lowerBound)].isLetter)
            if atStart, !digits.isEmpty, after.dropFirst(digits.count).first == ":", let instance = Int(digits),
               instance < deployment.instances.count {
                let name = after.dropFirst(digits.count + 1).prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
                let file = instance == 0 ? "" : " of module '\(deployment.instances[instance].deployedBy.map { deployment.resource($0).symbol } ?? "")'"
                let spelled = deployment.instances[instance].template.parameter(named: String(name))?.name ?? String(name)
                return "parameter '\(spelled)'\(file) has no value"
            }
            rest = after
        }
        if text.contains(".outputs.") { return "it comes from a module output armor cannot compute" }
        return "it is known only at deployment"
    }
}

extension String {
    /// The help line of every undecided check: how to let armor know the missing value.
    static let supplyUnknownValue =
        "give the parameter named above a default, or its value in a parameters file (--parameters FILE, or a .bicepparam beside the template)"
}
