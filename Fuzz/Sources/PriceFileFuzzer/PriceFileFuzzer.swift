import Glibc
import MarketData

/// libFuzzer's entry point for the price-file reader: the input is the whole file.
///
/// The bytes are written to a file on tmpfs and read through the public API,
/// `PriceFileReader.read(contentsOfFile:)`, exactly as `--prices FILE` reads them: the
/// pre-scan for NUL bytes and long lines, the CSV reader and the row checks all run. Besides
/// traps, the fuzzer fails on any broken promise of the API (``FuzzCheck``): a series that is
/// not what `PriceSeries` documents, an I/O error for a file that is there and readable, and a
/// reader with small limits that disagrees with the default reader other than by a limit.
@_cdecl("LLVMFuzzerTestOneInput")
public func priceFileFuzzerTestOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let path = scratch.write(UnsafeBufferPointer(start: bytes, count: count))
    let full = Result { () throws(PriceFileError) in try PriceFileReader().read(contentsOfFile: path) }
    check(full, path: path)
    // Small limits reach the row and line limits within -max_len bytes.
    let small = PriceFileReader(maximumRows: 3, maximumLineBytes: 64)
    let limited = Result { () throws(PriceFileError) in try small.read(contentsOfFile: path) }
    check(limited, path: path)
    switch limited {
    case .failure(let error) where isLimit(error.reason):
        break
    default:
        // Below both limits, the limits change nothing.
        FuzzCheck.require(limited == full, "small limits changed the result: \(limited) vs \(full)")
    }
    return 0
}

private let scratch = ScratchFile(named: "prices.csv")

private func isLimit(_ reason: PriceFileError.Reason) -> Bool {
    switch reason {
    case .tooManyRows, .lineTooLong: true
    default: false
    }
}

/// Checks what `PriceSeries` and `PriceFileError` promise for a file that exists.
private func check(_ result: Result<PriceSeries, PriceFileError>, path: String) {
    switch result {
    case .success(let series):
        checkSeries(series, path: path)
    case .failure(let error):
        FuzzCheck.require(!error.isInputOutputFailure, "a readable file reported as unreadable: \(error)")
        FuzzCheck.require(error.exitCode == 65, "exit code \(error.exitCode) for \(error)")
        FuzzCheck.require(error.description.hasPrefix(path), "the error does not name the file: \(error)")
        FuzzCheck.require(error.line.map { $0 >= 1 } ?? true, "line \(String(describing: error.line)) in \(error)")
    }
}

private func checkSeries(_ series: PriceSeries, path: String) {
    FuzzCheck.require(series.count >= 2, "a series of \(series.count) rows")
    FuzzCheck.require(series.source == path, "source \(series.source)")
    FuzzCheck.require(series.dates != nil || series.times != nil, "neither dates nor times")
    FuzzCheck.require(series.prices.allSatisfy { $0.isFinite && $0 > 0 }, "prices \(series.prices)")
    if let volatilities = series.impliedVolatilities {
        FuzzCheck.require(volatilities.count == series.count, "\(volatilities.count) volatilities")
        FuzzCheck.require(volatilities.allSatisfy { $0 > 0 && $0 <= 10 }, "volatilities \(volatilities)")
    }
    if let dates = series.dates {
        FuzzCheck.require(dates.count == series.count, "\(dates.count) dates")
        FuzzCheck.require(zip(dates, dates.dropFirst()).allSatisfy { $0 < $1 }, "dates not increasing: \(dates)")
        for date in dates {
            FuzzCheck.require(CalendarDate(parsing: date.description) == date, "\(date) does not round-trip")
        }
    }
    if let times = series.times {
        FuzzCheck.require(times.count == series.count, "\(times.count) times")
        FuzzCheck.require(zip(times, times.dropFirst()).allSatisfy { $0 < $1 }, "times not increasing: \(times)")
    }
    FuzzCheck.require(series.lines.count == series.count, "\(series.lines.count) line numbers")
    FuzzCheck.require(Set(series.lines).count == series.count && series.lines.allSatisfy { $0 >= 2 }, "lines \(series.lines)")
    let years = series.yearsFromStart
    FuzzCheck.require(years.first == 0, "years start at \(String(describing: years.first))")
    FuzzCheck.require(years.allSatisfy(\.isFinite), "years from the start not finite: \(years)")
    FuzzCheck.require(zip(years, years.dropFirst()).allSatisfy { $0 < $1 }, "years not increasing: \(years)")
    let pricePath = series.pricePath()
    FuzzCheck.require(pricePath.stepCount == series.count - 1, "a path of \(pricePath.stepCount) steps")
    // The expiry checks format the offending row; any outcome but a trap is fine.
    for expiry in [0, years[years.count / 2]] {
        do { try series.checkNotPastExpiry(years: expiry) } catch { checkNamesFile(error, path) }
    }
    if let dates = series.dates {
        do { try series.checkNotPastExpiry(dates[dates.count / 2]) } catch { checkNamesFile(error, path) }
    }
}

private func checkNamesFile(_ error: PriceFileError, _ path: String) {
    FuzzCheck.require(error.description.hasPrefix(path), "the error does not name the file: \(error)")
}
