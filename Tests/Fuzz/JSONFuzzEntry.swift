// libFuzzer entry for the JSON reader, the ARM expression parser and the ARM front end + graph.
// Not part of any package target: Tests/Fuzz/run-json-fuzz.sh compiles it together with the
// library targets' sources as one module (`swiftc -parse-as-library -sanitize=fuzzer,address`).

@_cdecl("LLVMFuzzerTestOneInput")
public func armorFuzzJSON(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let source = SourceFile(path: "fuzz.json", bytes: bytes)

    // Reader, model, graph, and the graph JSON writer (positions of every span).
    let analyzed = Frontend.analyze(source)
    _ = GraphJSONWriter.write(analyzed, path: source.path)
    for diagnostic in analyzed.allDiagnostics {
        _ = source.location(of: diagnostic.location.span.start)
    }

    // The expression parser on the raw input, as the inside of "[...]".
    let text = String(decoding: bytes, as: UTF8.self)
    let quoted = Array("\"[".utf8) + bytes + Array("]\"".utf8)
    _ = ARMExpressionParser.lower("[" + text + "]", span: Span(0, quoted.count), in: quoted)
    _ = ARMFrontend.parseParameters(source)
    return 0
}
