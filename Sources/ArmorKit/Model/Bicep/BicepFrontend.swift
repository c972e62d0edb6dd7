/// Bicep source → model. (Placeholder until the Bicep front end lands: an empty template.)
public enum BicepFrontend {
    public static func parseTemplate(_ source: SourceFile) -> Template {
        Template(source: source, language: .bicep)
    }
}
