/// Wall-clock times of repeated calls, in seconds per call: one sample per batch of calls.
struct Timing: Sendable, Codable {
    /// Seconds per call, one value per sample, in the order measured.
    var samples: [Double]
    /// Calls timed together in one sample (a short call is timed in batches, so that the clock's
    /// resolution and the loop cost nothing measurable).
    var callsPerSample: Int

    /// The median sample: robust to the outliers of a machine shared with other work.
    var median: Double {
        let sorted = samples.sorted()
        guard !sorted.isEmpty else { return .nan }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    var fastest: Double { samples.min() ?? .nan }
    var slowest: Double { samples.max() ?? .nan }

    /// Both timings' samples, for a side measured in several rounds.
    func merged(with other: Timing) -> Timing {
        Timing(samples: samples + other.samples, callsPerSample: callsPerSample)
    }

    /// Times `samples` batches of `callsPerSample` calls to `body`, after `warmUps` untimed
    /// batches (caches, page tables, lazily started threads). `body` returns a number that is
    /// summed into `checksum`, so the work cannot be optimised away.
    static func measure(
        warmUps: Int, samples: Int, callsPerSample: Int, _ body: () throws -> Double
    ) rethrows -> (timing: Timing, checksum: Double) {
        var checksum = 0.0
        for _ in 0..<(warmUps * callsPerSample) {
            checksum += try body()
        }
        let clock = ContinuousClock()
        var seconds: [Double] = []
        for _ in 0..<samples {
            let start = clock.now
            for _ in 0..<callsPerSample {
                checksum += try body()
            }
            seconds.append((clock.now - start).seconds / Double(callsPerSample))
        }
        return (Timing(samples: seconds, callsPerSample: callsPerSample), checksum)
    }
}

extension Duration {
    /// The duration in seconds, as a `Double`.
    var seconds: Double {
        let (whole, fraction) = components
        return Double(whole) + Double(fraction) * 1e-18
    }
}
