import ArmorBase
import ArmorAnalysis

/// The one way lint, graph, plan and model read a deployment from disk: the root file, then its
/// local and restored registry modules on demand, each analysed by the front end (or taken from a lint run's cache of
/// templates it has analysed already). A module that cannot be read is left to the loader, which
/// reports it as a deployment diagnostic.
enum DeploymentReader {
    /// The root file's bytes, for the caller to check its kind and analyse it.
    static func readRoot(_ path: String) throws(FileSystem.Failure) -> SourceFile {
        SourceFile(path: path, bytes: try FileSystem.readFile(path))
    }

    /// The root template of `armor graph`, `plan` and `model`, or why there is none (exit
    /// status 2): it cannot be read, or it is neither Bicep nor an ARM template and
    /// `notATemplate` says why for its kind.
    static func readRootTemplate(_ path: String,
                                 notATemplate: (Frontend.FileKind) -> String) -> Result<SourceFile, CommandFailure> {
        let source: SourceFile
        do {
            source = try readRoot(path)
        } catch {
            return .failure(CommandFailure(message: "armor: error: cannot read '\(error.path)': \(error.reason)\n"))
        }
        let kind = Frontend.kind(ofPath: path, bytes: source.bytes)
        guard kind == .bicep || kind == .armTemplate else {
            return .failure(CommandFailure(message: "armor: error: \(notATemplate(kind))\n"))
        }
        return .success(source)
    }

    /// The analysed template at `path`; nil when it cannot be read or is neither Bicep nor an ARM
    /// template (callers that must say why read the root themselves).
    static func template(at path: String) -> AnalyzedTemplate? {
        guard let source = try? readRoot(path) else { return nil }
        let kind = Frontend.kind(ofPath: path, bytes: source.bytes)
        guard kind == .bicep || kind == .armTemplate else { return nil }
        return Frontend.analyze(source)
    }

    /// The deployment rooted at `root`: modules read, analysed and instantiated; `br:`/`ts:`
    /// modules from the local Bicep cache when a registry is given (nil: `--no-registry`).
    static func deployment(root: AnalyzedTemplate, cache: [String: AnalyzedTemplate] = [:],
                           registry: ModuleRegistry?, buffers: [String: SourceFile] = [:]) -> Deployment {
        DeploymentLoader.load(root: root, registry: registry) { path in
            if let cached = cache[Paths.normalize(path)] { return cached }
            // An open editor buffer (by absolute path) before the disk.
            if !buffers.isEmpty, let buffer = buffers[WorkingDirectory.absolute(path)] {
                return Frontend.analyze(SourceFile(path: path, bytes: buffer.bytes))
            }
            guard let bytes = try? FileSystem.readFile(path) else { return nil }
            return Frontend.analyze(SourceFile(path: path, bytes: bytes))
        }
    }
}
