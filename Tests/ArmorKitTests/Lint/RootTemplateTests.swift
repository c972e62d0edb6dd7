import Testing
@testable import ArmorBase
@testable import ArmorKit
import ArmorTestSupport

/// A file given alone (pre-commit passes only the changed ones) that templates of its
/// repository use as a module is linted through those roots: their verdict, not its own.
@Suite struct RootTemplateTests {
    static func fixture(_ name: String) -> String {
        PackageRoot.read("Tests/ArmorKitTests/Lint/RootTemplateFixtures/" + name) ?? ""
    }

    /// A repository (`.git` at its top) holding `files` (relative path → fixture or text).
    static func repository(_ files: [String: String]) -> TempDirectory {
        let dir = TempDirectory()
        dir.write(".git/HEAD", "ref: refs/heads/main\n")
        for (path, text) in files { dir.write(path, text) }
        return dir
    }

    /// `id@file:line` of each concise finding, with paths relative to `dir`.
    static func findings(_ words: [String], in dir: TempDirectory) -> [String] {
        let result = CLIFixtures.lint(["-f", "concise"] + words)
        return result.stdout.split(separator: "\n").compactMap { line -> String? in
            let parts = line.split(separator: ":", maxSplits: 3)
            guard parts.count == 4, let open = line.firstIndex(of: "["), let close = line.firstIndex(of: "]") else { return nil }
            let file = String(parts[0]).replacingPrefix(dir.path + "/")
            return "\(line[line.index(after: open)..<close])@\(file):\(parts[1])"
        }
    }

    @Test func bicepModuleGetsItsRootsVerdict() {
        let dir = Self.repository(["infra/main.bicep": Self.fixture("main.bicep"),
                                   "infra/modules/extra.bicep": Self.fixture("extra.bicep")])
        defer { dir.remove() }
        let module = dir.path + "/infra/modules/extra.bicep"
        // Alone, the module's second Key Vault connection reads as the first one, misplaced.
        #expect(Self.findings(["--no-root-templates", module], in: dir)
                == ["keyvault-first@infra/modules/extra.bicep:9", "role-assignment-dependson@infra/modules/extra.bicep:15"])
        // Through its root, it is what it is: a second one.
        #expect(Self.findings([module], in: dir) == ["single-keyvault-connection@infra/main.bicep:33"])
        // The root's other findings do not concern the module: not reported.
        #expect(Self.findings([dir.path + "/infra/main.bicep"], in: dir)
                == ["keyvault-delete-protection@infra/main.bicep:1", "single-keyvault-connection@infra/main.bicep:33"])
    }

    /// Outside any repository and outside the working directory there is no set of templates to
    /// search: the module is linted alone (no folder walk per linted file).
    @Test func noRepositoryNoSearch() {
        let dir = TempDirectory()
        defer { dir.remove() }
        // The importer sits below the module's folder (as a module's test templates do).
        dir.write("modules/tests/main.bicep", Self.fixture("main.bicep").replacing("'modules/extra.bicep'", with: "'../extra.bicep'"))
        dir.write("modules/extra.bicep", Self.fixture("extra.bicep"))
        let module = dir.path + "/modules/extra.bicep"
        #expect(!dir.path.hasPrefix(WorkingDirectory.path + "/"))
        #expect(Self.findings([module], in: dir)
                == ["keyvault-first@modules/extra.bicep:9", "role-assignment-dependson@modules/extra.bicep:15"])
        // With a repository around them, the importer is found and its verdict given.
        dir.write(".git/HEAD", "ref: refs/heads/main\n")
        #expect(Self.findings([module], in: dir) == ["single-keyvault-connection@modules/tests/main.bicep:33"])
    }

    @Test func armModuleGetsItsRootsVerdict() {
        let dir = Self.repository(["main.json": Self.fixture("main.json"), "modules/extra.json": Self.fixture("extra.json")])
        defer { dir.remove() }
        let module = dir.path + "/modules/extra.json"
        #expect(Self.findings(["--no-root-templates", module], in: dir) == [])
        #expect(Self.findings([module], in: dir) == ["single-keyvault-connection@main.json:41"])
    }

    @Test func moduleUsedByTwoRootsGetsBothVerdicts() {
        let other = Self.fixture("main.bicep").replacingOccurrences("name: 'extra'", "name: 'extra-again'")
        let dir = Self.repository(["main.bicep": Self.fixture("main.bicep"), "other.bicep": other,
                                   "modules/extra.bicep": Self.fixture("extra.bicep")])
        defer { dir.remove() }
        #expect(Self.findings([dir.path + "/modules/extra.bicep"], in: dir)
                == ["single-keyvault-connection@main.bicep:33", "single-keyvault-connection@other.bicep:33"])
    }

    @Test func moduleOfAModuleReachesTheTopRoot() {
        let middle = "module inner 'extra.bicep' = {\n  name: 'inner'\n}\n"
        let root = Self.fixture("main.bicep").replacingOccurrences("modules/extra.bicep", "modules/middle.bicep")
        let dir = Self.repository(["main.bicep": root, "modules/middle.bicep": middle,
                                   "modules/extra.bicep": Self.fixture("extra.bicep")])
        defer { dir.remove() }
        #expect(Self.findings([dir.path + "/modules/extra.bicep"], in: dir) == ["single-keyvault-connection@main.bicep:33"])
        // The middle module, linted with the leaf, is no root either.
        #expect(Self.findings([dir.path + "/modules/middle.bicep", dir.path + "/modules/extra.bicep"], in: dir)
                == ["single-keyvault-connection@main.bicep:33"])
    }

    @Test func moduleNobodyImportsIsLintedAlone() {
        // A comment that names the file is no import: the parser confirms each edge.
        let dir = Self.repository(["modules/extra.bicep": Self.fixture("extra.bicep"),
                                   "main.bicep": "// module old 'modules/extra.bicep' = {}\nparam x string\n"])
        defer { dir.remove() }
        #expect(Self.findings([dir.path + "/modules/extra.bicep"], in: dir)
                == ["keyvault-first@modules/extra.bicep:9", "role-assignment-dependson@modules/extra.bicep:15"])
    }

    @Test func stdinModuleIsLintedThroughItsRoot() {
        let dir = Self.repository(["main.bicep": Self.fixture("main.bicep"), "modules/extra.bicep": "param unused string\n"])
        defer { dir.remove() }
        // The unsaved text, not the disk's, is what the root deploys.
        let result = CLIFixtures.lint(["-f", "concise", "--stdin", "--stdin-filename", dir.path + "/modules/extra.bicep"],
                                      stdin: Array(Self.fixture("extra.bicep").utf8))
        #expect(result.stdout.contains("main.bicep:33:1: error [single-keyvault-connection]"))
        #expect(!result.stdout.contains("keyvault-first"))
        // Positions and frames come from the text armor read: the root's file, the unsaved module.
        let text = CLIFixtures.lint(["--stdin", "--stdin-filename", dir.path + "/modules/extra.bicep"],
                                    stdin: Array(Self.fixture("extra.bicep").utf8)).stdout
        #expect(text.contains("33 | module extra 'modules/extra.bicep' = {"), "\(text)")
        #expect(text.contains("/modules/extra.bicep:15:1: note: "), "\(text)")
        #expect(text.contains("15 | resource second "), "\(text)")
    }

    /// A file in a folder the scan never enters (build output, dependencies, `.git`) is no
    /// template of the repository: it is linted alone, and the repository is not scanned for it
    /// (that walk made a one-line file under `.build/` cost 9–12 ms).
    @Test func fileInASkippedFolderIsLintedAlone() {
        let root = Self.fixture("main.bicep").replacingOccurrences("modules/extra.bicep", "node_modules/lib/extra.bicep")
        let dir = Self.repository(["main.bicep": root, "node_modules/lib/extra.bicep": Self.fixture("extra.bicep"),
                                   "modules/extra.bicep": Self.fixture("extra.bicep")])
        defer { dir.remove() }
        for module in ["node_modules/lib/extra.bicep", ".build/bench/extra.bicep"] {
            dir.write(module, Self.fixture("extra.bicep"))
            #expect(Self.findings([dir.path + "/" + module], in: dir)
                    == ["keyvault-first@\(module):9", "role-assignment-dependson@\(module):15"])
            var options = Linter.Options()
            options.rootTemplates = RootTemplateSearch(fallbackRoot: nil)
            let outcome = Linter(options: options).lint([SourceFile(path: dir.path + "/" + module, bytes: Array(Self.fixture("extra.bicep").utf8))])
            #expect(outcome.importerIndexes.isEmpty, "\(module)")
        }
        // The skipped folder is judged below the repository's top: a package that is a
        // repository of its own is searched (its own `.git`).
        let package = "node_modules/lib"
        dir.write(package + "/.git/HEAD", "ref: refs/heads/main\n")
        dir.write(package + "/main.bicep", Self.fixture("main.bicep").replacingOccurrences("modules/extra.bicep", "extra.bicep"))
        #expect(Self.findings([dir.path + "/" + package + "/extra.bicep"], in: dir) == ["single-keyvault-connection@\(package)/main.bicep:33"])
        #expect(RepositoryRoot.isSkipped("/r/.build/bench", below: "/r"))
        #expect(RepositoryRoot.isSkipped("/r/a/node_modules", below: "/r"))
        #expect(!RepositoryRoot.isSkipped("/r/node_modules/lib", below: "/r/node_modules/lib"))
        #expect(!RepositoryRoot.isSkipped("/r/infra/builds", below: "/r"))
    }

    /// A file above ARM's 4 MB template limit deploys nothing: the scan does not read it.
    @Test func importerAboveTheTemplateSizeLimitIsNotRead() {
        let padding = "// " + String(repeating: "x", count: ModuleImporters.largestTemplate) + "\n"
        let dir = Self.repository(["main.bicep": padding + Self.fixture("main.bicep"),
                                   "modules/extra.bicep": Self.fixture("extra.bicep")])
        defer { dir.remove() }
        #expect(Self.findings([dir.path + "/modules/extra.bicep"], in: dir)
                == ["keyvault-first@modules/extra.bicep:9", "role-assignment-dependson@modules/extra.bicep:15"])
        dir.write("main.bicep", Self.fixture("main.bicep"))
        #expect(Self.findings([dir.path + "/modules/extra.bicep"], in: dir) == ["single-keyvault-connection@main.bicep:33"])
    }

    /// A run started in `/` or the home folder is in no project: no walk of everything below.
    @Test func fallbackRootIsNeitherTheFileSystemRootNorHome() {
        #expect(RootTemplateSearch.fallback(workingDirectory: "/", home: "/home/u") == nil)
        #expect(RootTemplateSearch.fallback(workingDirectory: "/home/u", home: "/home/u/") == nil)
        #expect(RootTemplateSearch.fallback(workingDirectory: "/home/u/infra", home: "/home/u") == "/home/u/infra")
        #expect(RootTemplateSearch.fallback(workingDirectory: "/srv/infra", home: nil) == "/srv/infra")
    }

    @Test func byteScanFindsCandidatePaths() {
        let bicep = Array("module a 'x/a.bicep' = {}\nmodule b 'br:reg/b:1' = {}\nsubmodule c 'no.bicep'\nmodule d '${p}.bicep'\n".utf8)
        #expect(ModuleReferenceScan.bicep(bicep) == ["x/a.bicep"])
        let arm = Array(#"{"templateLink": {"relativePath" : "m/a.json"}, "x": {"relativePath": "[variables('p')]"}}"#.utf8)
        #expect(ModuleReferenceScan.arm(arm) == ["m/a.json"])
    }
}

extension String {
    fileprivate func replacingPrefix(_ prefix: String) -> String {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self
    }

    fileprivate func replacingOccurrences(_ target: String, _ replacement: String) -> String {
        var out = ""
        var rest = Substring(self)
        while let range = rest.firstRange(of: target) {
            out += rest[..<range.lowerBound] + replacement
            rest = rest[range.upperBound...]
        }
        return out + rest
    }
}
