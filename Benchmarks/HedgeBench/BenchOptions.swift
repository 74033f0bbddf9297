/// What `hedge-bench` was asked to do, from its command line.
struct BenchOptions {
    /// The Python interpreter that runs the peers.
    var python = "python3"
    /// The folder of the peer scripts.
    var peersDirectory = "Benchmarks/peers"
    /// Names of the cases to run; all when empty.
    var caseNames: [String] = []
    /// Rounds of ours-then-peer per case; the medians pool every round's samples.
    var rounds = 3
    /// Fewer samples and one round, to check that everything runs (not for figures).
    var quick = false
    /// Print the cases and exit.
    var listOnly = false

    static let usage = """
        usage: hedge-bench [--case NAME]… [--rounds N] [--quick] [--python PATH] [--peers DIR] [--list]
          --case NAME    run only this case (repeatable; --list shows the names)
          --rounds N     rounds of ours-then-peer per case, default 3
          --quick        one round of few samples, to check that everything runs
          --python PATH  the interpreter for the peer scripts, default python3
          --peers DIR    the folder of the peer scripts, default Benchmarks/peers
        """

    init(arguments: [String]) throws(BenchError) {
        var rest = arguments[...]
        func value(of flag: String) throws(BenchError) -> String {
            guard let value = rest.popFirst() else { throw BenchError(.usage("\(flag) needs a value")) }
            return value
        }
        while let argument = rest.popFirst() {
            switch argument {
            case "--case": caseNames.append(try value(of: argument))
            case "--python": python = try value(of: argument)
            case "--peers": peersDirectory = try value(of: argument)
            case "--quick": quick = true
            case "--list": listOnly = true
            case "--rounds":
                let text = try value(of: argument)
                guard let n = Int(text), n >= 1 else {
                    throw BenchError(.usage("--rounds must be a whole number ≥ 1, got \(text)"))
                }
                rounds = n
            default:
                throw BenchError(.usage("unknown argument \(argument)"))
            }
        }
        if quick { rounds = 1 }
    }
}
