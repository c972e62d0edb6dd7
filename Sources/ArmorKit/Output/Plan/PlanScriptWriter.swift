import ArmorBase
import ArmorSyntax
import ArmorAnalysis

/// `armor plan --teardown --format az|pwsh`: a runnable teardown script. Settings come from
/// the environment (`SUBSCRIPTION_ID`, `RESOURCE_GROUP`, and one variable per name armor cannot
/// compute); the script checks them all before it deletes anything. One delete per resource by
/// full id, in the plan's order; resources at other scopes stay comments.
public enum PlanScriptWriter {
    public static func shell(_ report: PlanReport, _ context: DeploymentAnalysis) -> String {
        render(PlanScript(report, context), dialect: .shell)
    }

    public static func powerShell(_ report: PlanReport, _ context: DeploymentAnalysis) -> String {
        render(PlanScript(report, context), dialect: .powerShell)
    }

    static func render(_ script: PlanScript, dialect: ScriptDialect) -> String {
        var out = header(script, dialect)
        for module in script.opaqueModules {
            out += "# Module '\(module)' is not expanded (registry, template spec or unreadable file): delete what it deployed separately.\n"
        }
        if !script.opaqueModules.isEmpty { out += "\n" }
        out += settings(script, dialect)
        let total = script.steps.count
        for step in script.steps {
            out += "\n# \(step.number). \(step.entry.symbol) (\(step.entry.type)), \(step.entry.origin)\n"
            for reason in step.reasons { out += "#    \(reason)\n" }
            out += action(step, of: total, dialect)
            if let note = step.note { out += "# \(note)\n" }
        }
        out += "\n" + echo("Teardown of \(Paths.fileName(of: script.templatePath)) complete.", dialect) + "\n"
        return out
    }

    private static func header(_ script: PlanScript, _ dialect: ScriptDialect) -> String {
        let format = dialect == .shell ? "az" : "pwsh"
        var out = dialect == .shell ? "#!/usr/bin/env bash\n" : "#Requires -Modules Az.Resources\n"
        out += """
        # Teardown of \(script.templatePath), written by `armor plan --teardown --format \(format)`.
        # Deletes the template's resources one by one in the reverse of their creation order (rule
        # reverse-order-deletion), so the rest of the resource group stays. Resources at other scopes
        # (role assignments, other resource groups, the subscription) are listed, not deleted.
        # Set SUBSCRIPTION_ID, RESOURCE_GROUP and the names listed below in the environment first.

        """
        if dialect == .shell { return out + "set -euo pipefail\n\n" }
        return out + "Set-StrictMode -Version Latest\n$ErrorActionPreference = 'Stop'\n\n"
    }

    /// Every setting is checked before the first delete: a script that stops half-way through
    /// would leave the deployment half torn down.
    private static func settings(_ script: PlanScript, _ dialect: ScriptDialect) -> String {
        var out = require(PlanScript.subscriptionVariable, "the id of the subscription the template was deployed to", dialect)
        out += require(PlanScript.groupVariable, "the resource group the template was deployed to", dialect)
        if !script.placeholders.isEmpty {
            out += "# Names armor cannot compute before deployment: set each one, or the script will not run.\n"
            for placeholder in script.placeholders {
                out += require(placeholder.variable, placeholder.help, dialect, allowEmpty: placeholder.isList)
            }
        }
        return out
    }

    /// `allowEmpty`: only an unset variable stops the script (`${X?…}`, not `${X:?…}`).
    private static func require(_ variable: String, _ help: String, _ dialect: ScriptDialect,
                                allowEmpty: Bool = false) -> String {
        let message = "set \(variable) to \(help)"
        switch dialect {
        case .shell:
            return ": \"${\(variable)\(allowEmpty ? "" : ":")?\(shellMessage(message))}\"\n"
        case .powerShell:
            let test = allowEmpty ? "$null -eq $\(variable)" : "-not $\(variable)"
            return "$\(variable) = $env:\(variable)\nif (\(test)) { throw \(psSingle(message)) }\n"
        }
    }

    private static func action(_ step: PlanScript.Step, of total: Int, _ dialect: ScriptDialect) -> String {
        let progress = "[\(step.number)/\(total)] \(step.entry.symbol)"
        let api = step.entry.apiVersion
        let optional = step.entry.conditional
        switch step.action {
        case .skip(let why):
            return "#    \(why)\n"
        case .delete(let paths) where paths.isEmpty:
            return "#    the loop's array is empty: nothing to delete\n"
        case .delete(let paths):
            var out = echo("\(progress): deleting", dialect) + "\n"
            for path in paths { out += delete(id(step.entry.type, path, dialect), api: api, optional: optional, dialect) + "\n" }
            return out
        case .deleteEach(let list, let parent):
            let path = parent + [.variable("name")]
            let target = id(step.entry.type, path, dialect)
            switch dialect {
            case .shell:
                return echo("\(progress): deleting", dialect) + "\nfor name in ${\(list)}; do\n  "
                    + delete(target, api: api, optional: optional, dialect) + "\ndone\n"
            case .powerShell:
                return echo("\(progress): deleting", dialect)
                    + "\nforeach ($name in $\(list).Split(' ', [System.StringSplitOptions]::RemoveEmptyEntries)) {\n    "
                    + delete(target, api: api, optional: optional, dialect) + "\n}\n"
            }
        }
    }

    /// A resource whose condition armor cannot compute may never have been deployed: its
    /// delete may fail without stopping the script.
    private static func delete(_ id: String, api: String?, optional: Bool, _ dialect: ScriptDialect) -> String {
        let skipped = "not deleted: it may not have been deployed (its condition)"
        switch dialect {
        case .shell:
            let command = "az resource delete --ids \(id)" + (api.map { " --api-version \(shellWord($0))" } ?? "")
            return optional ? command + " || echo \(shellWord(skipped)) >&2" : command
        case .powerShell:
            let command = "Remove-AzResource -ResourceId \(id)" + (api.map { " -ApiVersion \(psSingle($0))" } ?? "") + " -Force"
            return optional ? command + " -ErrorAction Continue" : command
        }
    }

    /// The full id in double quotes: `/subscriptions/…/providers/NS/t1/n1/t2/n2`.
    static func id(_ type: String, _ names: [PlanScript.Segment], _ dialect: ScriptDialect) -> String {
        let types = type.split(separator: "/").map(String.init)
        var text = "/subscriptions/" + reference(PlanScript.subscriptionVariable, dialect)
            + "/resourceGroups/" + reference(PlanScript.groupVariable, dialect) + "/providers/" + quoteInner(types.first ?? "", dialect)
        for (typeSegment, name) in zip(types.dropFirst(), names) {
            text += "/" + quoteInner(typeSegment, dialect) + "/"
            switch name {
            case .literal(let s): text += quoteInner(s, dialect)
            case .variable(let v): text += reference(v, dialect)
            }
        }
        return "\"" + text + "\""
    }

    /// `${NAME}` reads a variable in both languages, whatever follows it.
    private static func reference(_ variable: String, _ dialect: ScriptDialect) -> String {
        "${\(variable)}"
    }

    /// Text inside double quotes: `\`, `$`, `"` and backticks escaped (bash) or backtick-escaped
    /// (PowerShell).
    private static func quoteInner(_ s: String, _ dialect: ScriptDialect) -> String {
        var out = ""
        for c in s {
            switch (c, dialect) {
            case ("\\", .shell), ("$", .shell), ("\"", .shell), ("`", .shell): out += "\\" + String(c)
            case ("$", .powerShell), ("\"", .powerShell), ("`", .powerShell): out += "`" + String(c)
            default: out.append(c)
            }
        }
        return out
    }

    private static func echo(_ text: String, _ dialect: ScriptDialect) -> String {
        dialect == .shell ? "echo \(shellWord(text))" : "Write-Host \(psSingle(text))"
    }

    /// A bash word in single quotes.
    static func shellWord(_ s: String) -> String {
        "'" + s.replacing("'", with: "'\\''") + "'"
    }

    /// A PowerShell single-quoted string (`'` doubled).
    static func psSingle(_ s: String) -> String {
        "'" + s.replacing("'", with: "''") + "'"
    }

    /// The message of `${VAR:?message}` inside double quotes: no expansions, no closing brace.
    private static func shellMessage(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "$", "`", "\"", "\\", "}", "'": out += "\\" + String(c)
            default: out.append(c)
            }
        }
        return out
    }
}
