// hedge-bench: our speed beside peer libraries', measured in the same run (Benchmarks/README.md).
import Foundation

do {
    let options = try BenchOptions(arguments: Array(CommandLine.arguments.dropFirst()))
    if options.listOnly {
        for benchmark in BenchmarkCase.catalogue {
            print("\(benchmark.name)\t\(benchmark.title)")
        }
    } else {
        try BenchRunner(options: options).run()
    }
} catch {
    FileHandle.standardError.write(Data("hedge-bench: \(error)\n".utf8))
    exit(1)
}
