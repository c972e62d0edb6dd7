import Testing
@testable import ArmorBase
@testable import ArmorAnalysis

/// Parameters files: `.bicepparam` `readEnvironmentVariable` and azd `${VAR}` placeholders.
@Suite struct KnownParametersFileTests {
    @Test func readEnvironmentVariableGivesItsDefaultOnly() {
        let source = SourceFile(path: "/t/main.bicepparam", text: """
        using 'main.bicep'
        param withDefault = readEnvironmentVariable('AZURE_CATEGORY', 'AzureKeyVault')
        param withoutDefault = readEnvironmentVariable('PATH')
        param plain = 'x'
        """)
        let loaded = LoadedParameters.load(source)
        #expect(loaded.values["withDefault"] == .string("AzureKeyVault"))
        #expect(loaded.values["withoutDefault"] == .unknown)
        #expect(loaded.values["plain"] == .string("x"))
    }

    @Test func azdPlaceholders() {
        let source = SourceFile(path: "/t/main.parameters.json", text: """
        {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
         "parameters": {
           "location": {"value": "${AZURE_LOCATION}"},
           "existingProjectId": {"value": "${EXISTING_PROJECT_ID=}"},
           "category": {"value": "${CATEGORY=AzureKeyVault}"},
           "other": {"value": "${X:-fallback}"},
           "name": {"value": "prefix-${AZURE_ENV_NAME}"},
           "nested": {"value": {"a": "${A}", "b": "literal"}},
           "literal": {"value": "plain"}
         }}
        """)
        let values = LoadedParameters.load(source).values
        #expect(values["location"] == .unknown)
        #expect(values["existingProjectId"] == .string(""))
        #expect(values["category"] == .string("AzureKeyVault"))
        #expect(values["other"] == .string("fallback"))
        #expect(values["name"] == .unknown)
        #expect(values["nested"] == .obj(("a", .unknown), ("b", .string("literal"))))
        #expect(values["literal"] == .string("plain"))
    }

    @Test func emptyDefaultSwitchesBranchOff() {
        let e = Known.bicep("param existingProjectId string\nvar useExisting = !empty(existingProjectId)",
                            parameters: ["existingProjectId": AzdPlaceholders.resolve(.string("${ID=}"))])
        #expect(e.variable("useExisting") == .bool(false))
        let unknownId = Known.bicep("param existingProjectId string\nvar useExisting = !empty(existingProjectId)",
                                    parameters: ["existingProjectId": AzdPlaceholders.resolve(.string("${ID}"))])
        #expect(unknownId.variable("useExisting") == .unknown)
    }
}

@Suite struct ParameterTypeCoercionTests {
    @Test func textForBoolAndIntParametersTakesTheDeclaredType() {
        let values: [String: KnownValue] = ["useSearch": AzdPlaceholders.resolve(.string("${USE_SEARCH=false}")),
                                           "count": .string("3"), "name": .string("true")]
        let e = Known.bicep("""
        param useSearch bool = true
        param count int = 1
        param name string
        var search = !useSearch
        var n = count + 1
        var s = name
        """, parameters: values)
        #expect(e.variable("search") == .bool(true))
        #expect(e.variable("n") == .int(4))
        #expect(e.variable("s") == .string("true"))
    }
}
