/// ARM JSON → model. (Placeholder until the ARM front end lands: an empty template.)
public enum ARMFrontend {
    public static func parseTemplate(_ source: SourceFile) -> Template {
        Template(source: source, language: .arm)
    }
}
