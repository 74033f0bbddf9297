import Simulation

extension ParameterReader {
    /// `--shock-interval` in years, checked: no longer than the rebalancing interval, on a path
    /// model exact at any dates (GBM, Merton), within the budget of dates; nil when not given.
    mutating func resolveShockInterval(
        interval: Double, horizon: Double, basis: YearBasis, pathModel: PathModel
    ) throws(ParameterError) -> Double? {
        guard case let (duration, text)? = try duration(.shockInterval) else { return nil }
        let years = duration.years(in: basis)
        guard let id = pathModel.id, [PathModelID.gbm, .merton].contains(id) else {
            throw ParameterError(.invalid(
                "\(name(.shockInterval)) applies to gbm and merton paths, whose steps are exact at any dates; not to this \(name(.pathModel)) or a price file"
            ))
        }
        guard years <= interval * (1 + 1e-9) else {
            throw ParameterError(.invalid("\(name(.shockInterval)) \(text) is longer than the rebalancing \(name(.interval)); give one at most as long"))
        }
        guard horizon / years <= WorkBudget.maximumDates else {
            throw ParameterError(.invalid(
                "\(name(.shockInterval)) \(text) gives more than \(Int(WorkBudget.maximumDates)) dates to draw; use a longer one"
            ))
        }
        return years
    }
}
