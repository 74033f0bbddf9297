import Foundation
import Testing

/// Issue 26's every-minute run, shortened to 3,000 one-minute dates: its files byte for byte
/// what the build before the speed-ups wrote (main at 0989f46): the AVX rollback, the charts'
/// scales read from two extremes, the ledger's rows rendered beside the charts and the work
/// handed out index by index moved no number, digit or pixel. The expected digests are the
/// FNV-1a hashes that run recorded in `.hedge-report/manifest.json`; 3,000 dates are six chunks
/// of the ledger's rows and charts of 3,001 points, in about a second.
@Suite(.timeLimit(.minutes(1)))
struct EveryMinuteOutputTests {
    static let expected = [
        "ledger.csv": "9f98118891171f4c",
        "summary.json": "269da712bf116b5d",
        "charts/price-path.svg": "f11dc0677e464163",
        "charts/premium-vs-hedge.svg": "2748c488a383be6d",
        "charts/greeks.svg": "7a3a20b32c1757c8",
        "charts/textbook-pnl.svg": "f123593d58d454ae",
    ]

    @Test func everyMinuteRunWritesTheSameBytesAsBeforeTheSpeedUps() throws {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Executable.run([
            "report", "--interval", "1m", "--horizon", "3000m", "--paths", "0", "--quiet", "--output", folder.path,
        ])
        try #require(result.status == 0, "\(result.standardError)")
        let manifest = try Data(contentsOf: folder.appendingPathComponent(".hedge-report/manifest.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: manifest) as? [String: Any])
        let files = try #require(object["files"] as? [[String: Any]])
        var digests = [String: String]()
        for file in files {
            if let path = file["path"] as? String, let digest = file["fnv1a64"] as? String { digests[path] = digest }
        }
        for (path, digest) in Self.expected.sorted(by: { $0.key < $1.key }) {
            #expect(digests[path] == digest, "\(path)")
        }
        let ledger = try String(contentsOf: folder.appendingPathComponent("ledger.csv"), encoding: .utf8)
        #expect(ledger.split(separator: "\n").count == 3_002)
    }
}
