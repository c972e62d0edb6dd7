/// What a command returns to `main`: bytes for stdout and stderr, and the exit status.
public struct CommandResult: Sendable {
    public var stdout: String
    public var stderr: String
    public var status: ExitStatus

    public init(stdout: String = "", stderr: String = "", status: ExitStatus = .success) {
        self.stdout = stdout
        self.stderr = stderr
        self.status = status
    }

    static func usageError(_ message: String) -> CommandResult {
        CommandResult(stderr: "armor: error: \(message)\nRun 'armor help' for usage.\n", status: .usage)
    }
}

/// Why a command cannot go on, ready for stderr (exit status 2).
struct CommandFailure: Error {
    var message: String
}

/// The 0/1/2 contract: clean, findings at the failing level, usage/config/I-O error.
public enum ExitStatus: Int32, Sendable {
    case success = 0
    case findings = 1
    case usage = 2
}
