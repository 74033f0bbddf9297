extension PriceSeries {
    /// Reads the CSV file at `path` with the default limits of ``PriceFileReader``.
    ///
    /// - Throws: ``PriceFileError`` naming the file, line, column and value.
    public init(contentsOfFile path: String) throws(PriceFileError) {
        self = try PriceFileReader().read(contentsOfFile: path)
    }
}
