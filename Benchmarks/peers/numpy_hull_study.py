"""Peer of hedge-bench's hull-study case: Hull's discrete-hedging study (Options, Futures, and
Other Derivatives, Table 19.4) in numpy, vectorised over paths × dates as a competent numpy
user writes it.

A written European call is delta-hedged N times over its life on GBM paths with drift μ; the
shares are bought with cash borrowed at r (self-financing). Per N: draw the paths, Δ at every
rebalancing date but the last with scipy.special.ndtr, the cash account carried to the horizon,
final P&L = −payoff + shares·S_T + cash_T. Output: std(final P&L)·e^(−rT) ÷ the option's value,
as ours reports it. One call runs all N; the random numbers are fresh at every call.

With "sharedPaths": true (hull-study-shared-paths), the frequencies share their paths as ours
do: one (paths × M) array of draws on the finest grid M (a common multiple of every N: 80 for
Hull's case), Δ on that grid once, and each N reads every (M/N)-th date of it.
"""
import numpy as np
import scipy
from scipy.special import ndtr

from peer_timing import measure, read_request, report

p, schedule = read_request()
spot, strike, rate, sigma = p["spot"], p["strike"], p["rate"], p["volatility"]
mu, realized, expiry, horizon, paths = p["drift"], p["realizedVolatility"], p["expiry"], p["horizon"], p["paths"]
# Dividends and an early horizon would need two more terms; Hull's case has neither.
if p["dividendYield"] != 0 or abs(horizon - expiry) > 1e-12:
    raise SystemExit("numpy_hull_study.py handles q = 0 and a hedge held to expiry only")
rng = np.random.default_rng(19)


def call_premium(s, tau):
    d1 = (np.log(s / strike) + (rate + 0.5 * sigma * sigma) * tau) / (sigma * np.sqrt(tau))
    return s * ndtr(d1) - strike * np.exp(-rate * tau) * ndtr(d1 - sigma * np.sqrt(tau))


premium = call_premium(spot, expiry)


def hedging_ratio(n):
    dt = horizon / n
    t = dt * np.arange(n)  # the rebalancing dates before the horizon
    z = rng.standard_normal((paths, n))
    log_paths = np.cumsum((mu - 0.5 * realized * realized) * dt + realized * np.sqrt(dt) * z, axis=1)
    s = np.empty((paths, n + 1))
    s[:, 0] = spot
    s[:, 1:] = spot * np.exp(log_paths)
    tau = expiry - t
    d1 = (np.log(s[:, :-1] / strike) + (rate + 0.5 * sigma * sigma) * tau) / (sigma * np.sqrt(tau))
    shares = ndtr(d1)  # the writer holds +Δ shares
    bought = np.diff(shares, axis=1, prepend=0.0)
    # A sum, not a matrix product: BLAS would bring its own threads into a one-thread peer.
    cash = premium * np.exp(rate * horizon) - np.sum(bought * s[:, :-1] * np.exp(rate * (horizon - t)), axis=1)
    final = s[:, -1]
    pnl = cash + shares[:, -1] * final - np.maximum(final - strike, 0.0)
    return pnl.std(ddof=1) * np.exp(-rate * horizon) / premium


def shared_study():
    """Every N on the same paths, drawn on the finest grid."""
    rebalances = p["rebalances"]
    finest = int(np.lcm.reduce(rebalances))
    dt = horizon / finest
    t = dt * np.arange(finest)
    z = rng.standard_normal((paths, finest))
    log_s = np.empty((paths, finest + 1))
    log_s[:, 0] = np.log(spot)
    log_s[:, 1:] = np.log(spot) + np.cumsum((mu - 0.5 * realized * realized) * dt + realized * np.sqrt(dt) * z, axis=1)
    s = np.exp(log_s)
    tau = expiry - t
    d1 = (log_s[:, :-1] - np.log(strike) + (rate + 0.5 * sigma * sigma) * tau) / (sigma * np.sqrt(tau))
    delta = ndtr(d1)
    final = s[:, -1]
    payoff = np.maximum(final - strike, 0.0)
    ratios = []
    for n in rebalances:
        step = finest // n
        shares = delta[:, ::step]
        spots = s[:, :-1:step]
        bought = np.diff(shares, axis=1, prepend=0.0)
        cash = premium * np.exp(rate * horizon) - np.sum(bought * spots * np.exp(rate * (horizon - t[::step])), axis=1)
        pnl = cash + shares[:, -1] * final - payoff
        ratios.append(pnl.std(ddof=1) * np.exp(-rate * horizon) / premium)
    return ratios


def study():
    if p.get("sharedPaths", False):
        return shared_study()
    return [hedging_ratio(n) for n in p["rebalances"]]


seconds = measure(schedule, study)
ratios = study()
shared = p.get("sharedPaths", False)
report(
    f"numpy {np.__version__} + scipy {scipy.__version__} ndtr, " + ("shared paths" if shared else "vectorised"),
    seconds,
    schedule,
    {f"ratio N={n}": ratio for n, ratio in zip(p["rebalances"], ratios)},
    [
        "numpy draws its own random numbers (PCG64), so the ratios differ from ours by Monte "
        f"Carlo noise: each has a standard error of about 1/√(2·paths) = {100 / np.sqrt(2 * paths):.1f}% "
        "of its value. Both sides compute Δ at every date and the premium once, and keep only "
        "each path's final P&L; "
        + ("both let the frequencies share their paths." if shared
           else "numpy draws fresh paths for every frequency, ours let the frequencies share them "
                "(hull-study-shared-paths runs numpy that way too)."),
    ],
)
