"""Peer of hedge-bench's american-put-process case: a whole Python process that prices the
American put with QuantLib's BinomialVanillaEngine (CRR) and prints NPV, Δ, Γ, Θ as JSON, as
`hedge-report price --json` does on our side.

One call = one `python -c PROGRAM` subprocess, from launch to exit: the interpreter's start,
`import QuantLib`, the tree, the print. The timed program is the same as the in-process peer's
(quantlib_american_put.py), without its timing loop.
"""
import json
import subprocess
import sys

from peer_timing import measure, read_request, report

PROGRAM = """
import json, sys
import QuantLib as ql
p = json.loads(sys.argv[1])
today = ql.Date(15, ql.June, 2023)
ql.Settings.instance().evaluationDate = today
day_count = ql.Actual365Fixed()
spot = ql.SimpleQuote(p["spot"])
rate = ql.YieldTermStructureHandle(ql.FlatForward(today, p["rate"], day_count))
dividend = ql.YieldTermStructureHandle(ql.FlatForward(today, p["dividendYield"], day_count))
volatility = ql.BlackVolTermStructureHandle(ql.BlackConstantVol(today, ql.NullCalendar(), p["volatility"], day_count))
process = ql.BlackScholesMertonProcess(ql.QuoteHandle(spot), dividend, rate, volatility)
option = ql.VanillaOption(
    ql.PlainVanillaPayoff(ql.Option.Put, p["strike"]), ql.AmericanExercise(today, today + p["days"])
)
option.setPricingEngine(ql.BinomialVanillaEngine(process, "crr", p["steps"]))
print(json.dumps({"price": option.NPV(), "delta": option.delta(), "gamma": option.gamma(), "theta": option.theta(),
                  "version": ql.__version__}))
"""

parameters, schedule = read_request()
arguments = [sys.executable, "-c", PROGRAM, json.dumps(parameters)]


def whole_process():
    return subprocess.run(arguments, check=True, capture_output=True, text=True).stdout


seconds = measure(schedule, whole_process)
values = json.loads(whole_process())
version = values.pop("version")
report(
    f"python -c (QuantLib {version} BinomialVanillaEngine(\"crr\", {parameters['steps']})), whole process",
    seconds,
    schedule,
    values,
    [
        "Each call starts a Python interpreter, imports QuantLib, prices once and prints JSON, as "
        "hedge-report price --json does on our side; its CRR tree takes p from r − q − σ²/2 and Θ "
        "from the Black–Scholes equation, so values differ from ours in the 6th digit.",
    ],
)
