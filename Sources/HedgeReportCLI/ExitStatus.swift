/// The exit statuses of every subcommand (sysexits.h), as `--help` lists them.
enum ExitStatus {
    static let help = """
        Exit status: 0 success; 64 a bad flag or config key (unknown, wrong type, out of range, \
        contradictory); 65 bad input data (a price file or config file that does not parse, a \
        bad row or cell); 74 a file or folder that cannot be read or written; 70 an internal \
        error; 130 or 143 interrupted (Ctrl-C or SIGTERM). Every error names the flag, key, \
        file, line or value at fault; a failed run leaves the output folder as it was.
        """
}
