"""Peer of hedge-bench's bs-grid-10m case: the Black–Scholes closed form over a (τ, S) grid
with numpy broadcasting and scipy.special.ndtr, as a competent numpy user writes it.

Work that depends only on τ (√τ, discount factors) is done on the (m, 1) column of times and
ln(S/K) on the (n,) row of spots; everything else on the full (m, n) grid. One call returns six
fresh (m, n) arrays: price, Δ, Γ, Θ (per year), vega, rho, the same outputs as ours.
"""
import numpy as np
import scipy
from scipy.special import ndtr

from peer_timing import measure, read_request, report

parameters, schedule = read_request()
grid = parameters["grid"]
strike, rate, dividend, sigma = grid["strike"], grid["rate"], grid["dividendYield"], grid["volatility"]
n, m = grid["spotCount"], grid["timeCount"]
# The same operations as hedge-bench's BlackScholesGridInputs, so the same grid to the bit.
step = (grid["highestSpot"] - grid["lowestSpot"]) / (n - 1)
spots = grid["lowestSpot"] + step * np.arange(n)
times = (grid["longestYears"] * np.arange(1, m + 1) / m)[:, np.newaxis]


def put_valuations():
    sqrt_t = np.sqrt(times)
    sigma_sqrt_t = sigma * sqrt_t
    d1 = (np.log(spots / strike) + (rate - dividend + 0.5 * sigma * sigma) * times) / sigma_sqrt_t
    d2 = d1 - sigma_sqrt_t
    dividend_discount = np.exp(-dividend * times)
    strike_discount = strike * np.exp(-rate * times)
    density = np.exp(-0.5 * d1 * d1) / np.sqrt(2 * np.pi)
    n1 = ndtr(-d1)
    n2 = ndtr(-d2)
    spot_discount = spots * dividend_discount
    price = strike_discount * n2 - spot_discount * n1
    delta = -dividend_discount * n1
    gamma = dividend_discount * density / (spots * sigma_sqrt_t)
    theta = (
        -spot_discount * density * sigma / (2 * sqrt_t)
        + rate * strike_discount * n2
        - dividend * spot_discount * n1
    )
    vega = spot_discount * density * sqrt_t
    rho = -times * strike_discount * n2
    return price, delta, gamma, theta, vega, rho


seconds = measure(schedule, put_valuations)
outputs = dict(zip(["price", "delta", "gamma", "theta", "vega", "rho"], put_valuations()))
values = {
    f"{name}[{i}]": column[i // n, i % n]
    for name, column in outputs.items()
    for i in parameters["sampleIndices"]
}
report(
    f"numpy {np.__version__} + scipy {scipy.__version__} ndtr, broadcast",
    seconds,
    schedule,
    values,
    ["numpy's ufuncs run on one thread; ours use every core, as the case asks."],
)
