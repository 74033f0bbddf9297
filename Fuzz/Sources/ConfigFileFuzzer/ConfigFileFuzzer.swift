import Glibc

/// libFuzzer's entry point for the config parser: the input is the whole config file.
///
/// The bytes are written to a file on tmpfs, once named `.yaml` and once `.json`, and loaded
/// with `ConfigFile.load(_:)`, as `--config FILE` loads them. This harness is compiled into
/// one module with ConfigFile.swift and the parameter types it needs (`ConfigFile` is
/// internal to HedgeReportCLI), and linked with Yams and libyaml built with the same
/// sanitizers. Besides traps, the fuzzer fails on
/// a broken promise (``FuzzCheck``): an error that does not name the file, the "cannot read"
/// status 74 for a file that is there, or a value that does not match its key's kind.
@_cdecl("LLVMFuzzerTestOneInput")
public func configFileFuzzerTestOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let input = UnsafeBufferPointer(start: bytes, count: count)
    // Once as YAML, once as JSON: a .json file is first held to strict JSON.
    for scratch in scratchFiles {
        check(scratch.write(input))
    }
    return 0
}

private let scratchFiles = [ScratchFile(named: "config.yaml"), ScratchFile(named: "config.json")]

/// Loads the config at `path` and checks what `ConfigFile.load` promises.
private func check(_ path: String) {
    do {
        let parameters = try ConfigFile.load(path)
        for (key, value) in parameters.values {
            FuzzCheck.require(
                (try? key.descriptor.parse(value, name: key.flag, checkingRange: false)) != nil, "\(key) holds \(value)"
            )
            guard case let .configFile(source, line)? = parameters.sources[key] else {
                FuzzCheck.require(false, "\(key) has no config-file source")
                return
            }
            FuzzCheck.require(source == path && line >= 1, "\(key) from \(source):\(line)")
            FuzzCheck.require(parameters.name(key).contains(path), "\(key) is named \(parameters.name(key))")
        }
    } catch {
        let message = error.description
        FuzzCheck.require(error.exitStatus != 74, "a readable file reported as unreadable: \(message)")
        FuzzCheck.require([64, 65].contains(error.exitStatus), "exit status \(error.exitStatus): \(message)")
        FuzzCheck.require(message.contains(path), "the error does not name the file: \(message)")
    }
}
