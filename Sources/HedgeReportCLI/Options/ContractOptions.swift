import ArgumentParser
import Pricing
import Simulation

/// The option: what it is and when it expires. Shared by `report` and `price`.
struct ContractOptions: ParameterGroup {
    static let title = "Contract"

    @Option(.ticker) var ticker: TextArgument?
    @Option(.type) var type: Choice<Payoffs>?
    @Option(.payout) var payout: NumberArgument?
    @Option(.style) var style: Choice<ExerciseStyle>?
    @Option(.position) var position: Choice<PositionSide>?
    @Option(.contracts) var contracts: WholeNumberArgument?
    @Option(.strike) var strike: NumberArgument?
    @Option(.days) var days: NumberArgument?
    @Option(.years) var years: NumberArgument?
}
