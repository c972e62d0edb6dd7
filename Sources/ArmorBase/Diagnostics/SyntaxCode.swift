/// Every parser, reader, loader and configuration code armor reports (`BCP019`, `json-syntax`,
/// `module-not-found`, …): one registry. An enum, so the compiler refuses a duplicate code, and
/// `explanation` is an exhaustive switch, so a new code cannot compile without one.
public enum SyntaxCode: String, CaseIterable, Hashable, Sendable {
    // Bicep parser (the compiler's own codes, bicep-syntax.md §4) and armor's Bicep recovery
    case bcp001 = "BCP001"
    case bcp002 = "BCP002"
    case bcp003 = "BCP003"
    case bcp004 = "BCP004"
    case bcp006 = "BCP006"
    case bcp007 = "BCP007"
    case bcp008 = "BCP008"
    case bcp009 = "BCP009"
    case bcp010 = "BCP010"
    case bcp012 = "BCP012"
    case bcp013 = "BCP013"
    case bcp015 = "BCP015"
    case bcp016 = "BCP016"
    case bcp017 = "BCP017"
    case bcp018 = "BCP018"
    case bcp019 = "BCP019"
    case bcp020 = "BCP020"
    case bcp022 = "BCP022"
    case bcp024 = "BCP024"
    case bcp068 = "BCP068"
    case bcp087 = "BCP087"
    case bcp096 = "BCP096"
    case bcp097 = "BCP097"
    case bcp103 = "BCP103"
    case bcp117 = "BCP117"
    case bcp118 = "BCP118"
    case bcp121 = "BCP121"
    case bcp133 = "BCP133"
    case bcp136 = "BCP136"
    case bcp140 = "BCP140"
    case bcp162 = "BCP162"
    case bcp201 = "BCP201"
    case bcp226 = "BCP226"
    case bcp236 = "BCP236"
    case bcp237 = "BCP237"
    case bcp238 = "BCP238"
    case bcp243 = "BCP243"
    case bcp279 = "BCP279"
    case bcp300 = "BCP300"
    case bcp305 = "BCP305"
    case bcp337 = "BCP337"
    case bcp375 = "BCP375"
    case bicepProviderKeyword = "armor-provider-keyword"
    case bicepRecovery = "armor-recovery"
    case bicepNestingTooDeep = "armor-nesting-too-deep"

    // JSON reader (ARM's reader is lenient: comments are silent, trailing commas and duplicate keys are warnings)
    case jsonSyntax = "json-syntax"
    case jsonTooDeep = "json-too-deep"
    case jsonTrailingComma = "json-trailing-comma"
    case jsonDuplicateKey = "json-duplicate-key"
    case jsonInvalidUTF8 = "json-invalid-utf8"

    // ARM template front end
    case armExpression = "arm-expression"
    case armTemplateShape = "arm-template-shape"
    case armNonSymbolicDependsOn = "arm-non-symbolic-dependson"

    // Deployment loader (modules and nested templates)
    case moduleNotFound = "module-not-found"
    case moduleCycle = "module-cycle"
    case moduleNotRestored = "module-not-restored"

    // Configuration file and suppression audit
    case config = "config"
    case unusedSuppression = "unused-suppression"
    case unknownRule = "unknown-rule"
}
