import Testing
@testable import Charts

/// Width and height from a PNG's IHDR chunk, which follows the 8-byte signature.
private func pixelSize(_ png: [UInt8]) -> (width: Int, height: Int) {
    func bigEndian(_ offset: Int) -> Int {
        png[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
    }
    return (bigEndian(16), bigEndian(20))
}

private let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

@Test func pngIsTwiceTheChartSizeByDefault() throws {
    let png = try ChartRenderer.png(ChartFixtures.hedge())
    #expect(Array(png.prefix(8)) == pngSignature)
    #expect(Array(png[12..<16]) == Array("IHDR".utf8))
    #expect(pixelSize(png) == (1_520, 840))
}

@Test func pngScaleSetsDevicePixelsPerCSSPixel() throws {
    let png = try ChartRenderer.png(ChartFixtures.hedge(width: 400.5, height: 300), scale: 1)
    #expect(pixelSize(png) == (401, 300))
}

@Test func pngIsByteIdenticalForTheSameChart() throws {
    let first = try ChartRenderer.png(ChartFixtures.everyStyle())
    _ = try ChartRenderer.svg(ChartFixtures.hedge(), idPrefix: "between")
    let second = try ChartRenderer.png(ChartFixtures.everyStyle())
    #expect(first == second)
}

@Test(arguments: [0, -1, 0.1, 9, Double.nan, .infinity])
func rejectsAnUnusablePNGScale(scale: Double) {
    #expect {
        try ChartRenderer.png(ChartFixtures.hedge(), scale: scale)
    } throws: { error in
        guard case let .invalidScale(value)? = (error as? ChartError)?.reason else { return false }
        return value.isNaN ? scale.isNaN : value == scale
    }
}
