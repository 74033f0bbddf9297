/// Why the benchmark could not run or compare a case.
struct BenchError: Error, CustomStringConvertible {
    enum Reason {
        /// A command-line argument is unknown or malformed.
        case usage(String)
        /// A peer script could not be started, failed, or printed something unreadable.
        case peerFailed(script: String, detail: String)
        /// Our side threw while computing.
        case oursFailed(case: String, Error)
        /// One of our executables, run as a subprocess, is missing or failed.
        case programFailed(command: String, detail: String)
    }

    var reason: Reason

    init(_ reason: Reason) {
        self.reason = reason
    }

    var description: String {
        switch reason {
        case let .usage(message):
            "\(message)\n\(BenchOptions.usage)"
        case let .peerFailed(script, detail):
            "peer \(script) failed: \(detail)\n"
                + "  check that its packages are installed: make bench installs them (pip install QuantLib numpy scipy)"
        case let .oursFailed(name, error):
            "case \(name): our side failed: \(error)"
        case let .programFailed(command, detail):
            "\(command): \(detail)"
        }
    }
}
