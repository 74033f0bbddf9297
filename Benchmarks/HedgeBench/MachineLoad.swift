import Foundation

/// How busy the machine's cores were with other processes' work over an interval: the check
/// that tells a figure measured on a quiet machine from one measured beside someone's build.
///
/// From `/proc/stat` (every core's busy time) less this process's own CPU time and its
/// waited-for children's (the peer scripts), from `getrusage`. Linux only; nil elsewhere.
struct MachineLoad {
    private var busy: Double
    private var ours: Double
    private var wall: ContinuousClock.Instant

    /// A snapshot to compare a later one with.
    static func now() -> MachineLoad? {
        guard let busy = busySeconds() else { return nil }
        return MachineLoad(busy: busy, ours: ownSeconds(), wall: ContinuousClock.now)
    }

    /// The share of all cores, 0 … 1, that other processes used between `self` and `later`.
    func othersShare(until later: MachineLoad) -> Double {
        let cores = Double(ProcessInfo.processInfo.activeProcessorCount)
        let elapsed = (later.wall - wall).seconds * cores
        let others = (later.busy - busy) - (later.ours - ours)
        return elapsed > 0 ? min(max(others / elapsed, 0), 1) : 0
    }

    /// Seconds that all cores together spent busy since boot (user, nice, system, irq, softirq,
    /// steal), from the first line of /proc/stat, in clock ticks of 1/100 s.
    private static func busySeconds() -> Double? {
        guard let text = try? String(contentsOfFile: "/proc/stat", encoding: .utf8),
              let line = text.split(separator: "\n").first, line.hasPrefix("cpu ")
        else { return nil }
        let fields = line.split(separator: " ").dropFirst().compactMap { Double($0) }
        guard fields.count >= 8 else { return nil }
        // user nice system idle iowait irq softirq steal
        let busyTicks = fields[0] + fields[1] + fields[2] + fields[5] + fields[6] + fields[7]
        return busyTicks / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// CPU seconds of this process and of its children that have been waited for.
    private static func ownSeconds() -> Double {
        #if os(Linux)
        func seconds(_ who: __rusage_who) -> Double {
            var usage = rusage()
            getrusage(__rusage_who_t(who.rawValue), &usage)
            func value(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) * 1e-6 }
            return value(usage.ru_utime) + value(usage.ru_stime)
        }
        return seconds(RUSAGE_SELF) + seconds(RUSAGE_CHILDREN)
        #else
        return 0
        #endif
    }
}
