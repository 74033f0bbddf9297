import Foundation

/// Opens a finished report in the user's default browser (`--open`).
enum BrowserLauncher {
    /// Programs that open a file in the default application, tried in order.
    static let openers = ["xdg-open", "open", "sensible-browser"]

    /// How long to wait for an opener's verdict, seconds.
    static let patience: TimeInterval = 5

    /// Starts the first opener found on the PATH with `file` as its only argument (no shell is
    /// involved, so the path is used as given). Returns a note for the user when none could run, or the one that ran
    /// reported that it could not open the file.
    static func open(_ file: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let folders = path.split(separator: ":").map(String.init)
        for opener in openers {
            guard let executable = folders.map({ "\($0)/\(opener)" }).first(where: FileManager.default.isExecutableFile) else {
                continue
            }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = [file]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            do {
                try process.run()
            } catch {
                return "could not start \(opener) (\(error.localizedDescription)); open \(file) in a browser"
            }
            // An opener that finds no browser says so by its exit status (xdg-open: 3 or 4),
            // within moments; one still running after `patience` has handed the file on.
            let deadline = Date().addingTimeInterval(patience)
            while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
            if !process.isRunning, process.terminationStatus != 0 {
                return "\(opener) could not open a browser (exit status \(process.terminationStatus)); open \(file) in a browser"
            }
            return nil
        }
        return "no program to open a browser was found (\(openers.joined(separator: ", "))); open \(file) in a browser"
    }
}
