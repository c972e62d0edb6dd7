#if canImport(Glibc)
import Glibc
#endif
import ArmorBase
import ArmorSyntax
import ArmorAnalysis
import ArmorKit
import Dispatch

// armor-bench CORPUS [--armor PATH] [--rounds N] [--file PATH]
// Throughput of each pipeline stage over every .bicep and ARM .json under CORPUS, on one core
// and on all cores, peak memory, and whole-process timings (with the child's peak RSS) of the
// editor, pre-commit and whole-corpus cases. Tests/bench/compare.sh uses the same inputs.

/// `print`, flushed at once (even into a pipe or a file), so a long run shows its progress.
func say(_ text: String = "") {
    print(text)
    fflush(nil)
}

func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

func peakMemoryMiB() -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return Double(usage.ru_maxrss) / 1024
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard let corpus = arguments.first(where: { !$0.hasPrefix("--") }) else {
    say("usage: armor-bench CORPUS [--armor PATH/TO/armor] [--rounds N] [--file ONE.bicep]")
    exit(2)
}
func option(_ name: String) -> String? {
    guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count else { return nil }
    return arguments[i + 1]
}
let rounds = Int(option("--rounds") ?? "3") ?? 3
let armorPath = option("--armor") ?? ".build/release/armor"

let largeMegabytes = Int(option("--large-mb") ?? "200") ?? 200
var targets = Targets()

// First, while this process is still small (see LargeInput): the huge-file memory row.
var large: LargeInput.Result?
if largeMegabytes > 0, FileSystem.kind(of: armorPath) == .file {
    var template = Array("/tmp/armor-bench-XXXXXX".utf8CString)
    if let folder = mkdtemp(&template).map({ String(cString: $0) }) {
        large = LargeInput.run(armor: armorPath, folder: folder, megabytes: largeMegabytes)
        rmdir(folder)
    }
    if let large {
        say("process: armor lint <one \(format2(large.inputMiB)) MiB ARM template>: \(format2(large.seconds * 1000)) ms, "
              + "peak \(format2(large.peakMiB)) MiB (\(format2(large.peakMiB / large.inputMiB))x input), exit \(large.exitStatus)\n")
    }
}

let discovered = FileDiscovery.discover([corpus]).files
let sources = discovered.compactMap { path -> SourceFile? in
    guard let bytes = try? FileSystem.readFile(path) else { return nil }
    let source = SourceFile(path: path, bytes: bytes)
    switch Frontend.kind(ofPath: path, bytes: bytes) {
    case .bicep, .armTemplate: return source
    default: return nil
    }
}
let bicep = sources.filter { Frontend.kind(ofPath: $0.path) == .bicep }
let arm = sources.filter { Frontend.kind(ofPath: $0.path) != .bicep }
func megabytes(_ files: [SourceFile]) -> Double { Double(files.reduce(0) { $0 + $1.bytes.count }) / 1_048_576 }

/// The lint row's options: one core, and one-shot like `armor lint` (analyses are left to the
/// process's exit instead of being freed, see `ProcessLifetime`).
func lintOptions(oneShot: Bool = true) -> Linter.Options {
    var options = Linter.Options()
    options.serial = true
    options.oneShot = oneShot
    return options
}

// `--profile bicep-parse|bicep-graph|graph|lint|lint-free`: one serial pass and exit, for
// `valgrind --tool=callgrind` (instruction counts are repeatable where wall time on a shared
// machine is not). `graph` and `lint` cover all sources, as the ratio's two rows do;
// `lint-free` frees the analyses at the end, as `armor lsp` does.
if let stage = option("--profile") {
    var sink = 0
    switch stage {
    case "graph":
        for file in sources { sink &+= Frontend.analyze(file).graph.count }
    case "lint", "lint-free":
        sink = Linter(options: lintOptions(oneShot: stage == "lint")).lint(sources).diagnostics.count
    default:
        for file in bicep {
            sink &+= stage == "bicep-graph" ? Frontend.analyze(file).graph.count
                : BicepFrontend.parseTemplate(file).resources.count
        }
    }
    say("\(stage): \(stage.hasPrefix("bicep") ? bicep.count : sources.count) files, sink \(sink)")
    exit(0)
}

say("corpus: \(corpus)")
say("files:  \(bicep.count) Bicep (\(String(format2(megabytes(bicep)))) MB), \(arm.count) ARM JSON (\(format2(megabytes(arm))) MB)")
say("cores:  \(sysconf(Int32(_SC_NPROCESSORS_ONLN)))\n")

func format2(_ x: Double) -> String {
    let scaled = (x * 100).rounded() / 100
    return String(scaled)
}

/// Best of `rounds` wall times for `work` over `files`, serial and parallel.
@discardableResult
func measure(_ label: String, _ files: [SourceFile], _ work: @escaping @Sendable (SourceFile) -> Int) -> (serial: Double, megabytes: Double) {
    guard !files.isEmpty else { return (0, 0) }
    var serial = Double.infinity
    var parallel = Double.infinity
    for _ in 0..<rounds {
        var start = now()
        var sink = 0
        for file in files { sink &+= work(file) }
        serial = min(serial, now() - start)
        start = now()
        DispatchQueue.concurrentPerform(iterations: files.count) { i in _ = work(files[i]) }
        parallel = min(parallel, now() - start)
        if sink == -1 { say("") }
    }
    let mb = megabytes(files)
    let pad = String(repeating: " ", count: max(0, 22 - label.count))
    say("\(label)\(pad) 1 core: \(format2(serial * 1000)) ms  \(format2(mb / serial)) MB/s  \(Int(Double(files.count) / serial)) files/s"
          + "   all cores: \(format2(parallel * 1000)) ms  \(format2(mb / parallel)) MB/s")
    return (serial, mb)
}

// `--arm-parse-only`: one serial pass of the "ARM parse" row's work and nothing else, for
// `valgrind --tool=callgrind` (instruction counts are what stay repeatable on a shared machine).
if arguments.contains("--arm-parse-only") {
    var sink = 0
    for file in arm { sink &+= ARMFrontend.parseTemplate(file).resources.count }
    say("ARM parse: \(arm.count) files, \(format2(megabytes(arm))) MB, \(sink) resources, peak \(format2(peakMemoryMiB())) MiB")
    exit(0)
}

let bicepParse = measure("Bicep parse", bicep) { BicepFrontend.parseTemplate($0).resources.count }
measure("Bicep parse+graph", bicep) { Frontend.analyze($0).graph.count }
let armParse = measure("ARM parse", arm) { ARMFrontend.parseTemplate($0).resources.count }
measure("ARM parse+graph", arm) { Frontend.analyze($0).graph.count }
// The ratio's denominator: this row's one-core time, the same figure it prints.
let allGraph = measure("all parse+graph", sources) { Frontend.analyze($0).graph.count }

// One lint run over the whole corpus (modules parsed once, as `armor lint CORPUS` does), on one
// core and on all; and file by file, each a run of its own (modules parsed again per file).
// One-shot, as `armor lint` runs: the analyses are kept, not freed inside the timing, and
// released after it (so rounds do not pile up and the peak memory line holds one run's).
var lintSerial = Double.infinity
var lintParallel = Double.infinity
var lintPerFile = Double.infinity
var parallelOptions = lintOptions()
parallelOptions.serial = false
for _ in 0..<rounds {
    var start = now()
    var total = Linter(options: lintOptions()).lint(sources).diagnostics.count
    lintSerial = min(lintSerial, now() - start)
    ProcessLifetime.releaseKept()
    start = now()
    total += Linter(options: parallelOptions).lint(sources).diagnostics.count
    lintParallel = min(lintParallel, now() - start)
    ProcessLifetime.releaseKept()
    start = now()
    for file in sources { total += Linter(options: parallelOptions).lint([file]).diagnostics.count }
    lintPerFile = min(lintPerFile, now() - start)
    ProcessLifetime.releaseKept()
    if total == -1 { say("") }
}
say("lint (whole corpus)     1 core: \(format2(lintSerial * 1000)) ms   all cores: \(format2(lintParallel * 1000)) ms"
      + "   file by file, 1 core: \(format2(lintPerFile * 1000)) ms")

// What `cat` of the same files costs (reading every byte): the floor lint on all cores is held
// to. Lint on one core is held to the "all parse+graph" row above (one timing, not a second one).
var readAll = Double.infinity
for _ in 0..<rounds {
    let start = now()
    var bytes = 0
    for file in sources { bytes &+= ((try? FileSystem.readFile(file.path)) ?? []).count }
    readAll = min(readAll, now() - start)
    if bytes == -1 { say("") }
}
let graphSerial = allGraph.serial
say("read every file (cat)   1 core: \(format2(readAll * 1000)) ms")
say("ratios: lint/parse+graph 1 core \(format2(lintSerial / graphSerial))x   lint all cores/cat \(format2(lintParallel / readAll))x")
say("peak memory: \(format2(peakMemoryMiB())) MiB\n")
targets.add("Bicep parse, 1 core", bicepParse.megabytes / bicepParse.serial, atLeast: 100, unit: "MB/s")
targets.add("ARM JSON parse, 1 core", armParse.megabytes / armParse.serial, atLeast: 150, unit: "MB/s")
targets.add("lint / parse+graph, 1 core", lintSerial / graphSerial, atMost: 1.3, unit: "x")
targets.add("lint all cores / cat", lintParallel / readAll, atMost: 5, unit: "x")
if let large { targets.add("peak RSS of a \(Int(large.inputMiB.rounded())) MiB template", large.peakMiB, atMost: large.limitMiB, unit: "MiB") }

/// Whole-process runs of the armor executable (start-up included), best of `rounds` (at least 5).
/// No peak RSS here: after posix_spawn's vfork, Linux folds this large parent's RSS into the
/// child's ru_maxrss at exec. Tests/bench/compare.sh measures it with /usr/bin/time instead.
func timeProcess(_ args: [String]) -> Double? {
    var best = Double.infinity
    for _ in 0..<max(rounds, 5) {
        var pid = pid_t()
        let argv: [UnsafeMutablePointer<CChar>?] = ([armorPath] + args).map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let start = now()
        guard posix_spawn(&pid, armorPath, &actions, nil, argv, environ) == 0 else { return nil }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        best = min(best, now() - start)
    }
    return best
}

func report(_ label: String, _ seconds: Double?) {
    guard let seconds else { return say("process: \(label): could not start \(armorPath)") }
    say("process: \(label): \(format2(seconds * 1000)) ms")
}

if FileSystem.kind(of: armorPath) == .file {
    // The same inputs as Tests/bench/compare.sh: the named module file, the first 50 .bicep paths.
    let named = option("--file") ?? corpus + "/avm/res/cognitive-services/account/main.bicep"
    let midSize = bicep.first { $0.path == named }
        ?? bicep.first { $0.bytes.count > 15_000 && $0.bytes.count < 30_000 } ?? bicep.first
    if let file = midSize {
        report("armor lint <one file, \(file.bytes.count / 1024) KiB, \(file.path)>", timeProcess(["lint", file.path]))
    }
    // The issue's one-file row: a module with modules of its own, read and linted with them.
    let storage = corpus + "/avm/res/storage/storage-account/main.bicep"
    if FileSystem.kind(of: storage) == .file {
        let seconds = timeProcess(["lint", storage])
        report("armor lint <storage-account/main.bicep with its modules>", seconds)
        if let seconds { targets.add("lint storage-account/main.bicep, process", seconds * 1000, atMost: 5, unit: "ms") }
    }
    let fifty = Array(bicep.map(\.path).sorted().prefix(50))
    report("armor lint <first 50 .bicep files> (a pre-commit run)", timeProcess(["lint"] + fifty))
    report("armor lint <whole corpus>", timeProcess(["lint", corpus]))
    let startUp = timeProcess(["--version"])
    report("armor --version (start-up)", startUp)
    if let startUp { targets.add("start-up (armor --version)", startUp * 1000, atMost: 1.5, unit: "ms") }
    var template = Array("/tmp/armor-bench-XXXXXX".utf8CString)
    if let folder = mkdtemp(&template).map({ String(cString: $0) }) {
        let series = Scaling.run(folder: folder, time: timeProcess)
        rmdir(folder)
        Scaling.addTargets(series, to: &targets)
    }
} else {
    say("(build the release executable for process timings: swift build -c release)")
}
targets.print()
