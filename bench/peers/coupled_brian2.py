"""Cross-check of Loligo's "Coupled HH Network" seed question against Brian2 (peer tool, not a dependency).

Two classic HH neurons (HH1952, modern convention), neuron 0 driven by 15 uA/cm2, all-to-all sigmoid
synapses: ds/dt = a(1-s)/(1+exp(-(V_pre-theta)/sigma)) - s/tau, I_syn = w s_pre (E - V), w = 0.5 mS/cm2,
a = 2/ms, theta = 0 mV, sigma = 2 mV, tau = 5 ms, E = 0 mV, s(0) = 0, gates at steady state at -65 mV.
Equations in per-area units written dimensionless (mV, ms, mS/cm2, uA/cm2, uF/cm2). Brian2's rk4 at
dt = 0.001 ms is the reference; spike times are upward crossings of 0 mV interpolated linearly, as in
Loligo. Prints one spike per line: neuron,time_ms.

usage: /usr/bin/python3 bench/peers/coupled_brian2.py [duration_ms] [dt_ms]
"""
import sys

import numpy as np
from brian2 import NeuronGroup, Synapses, StateMonitor, defaultclock, ms, run, prefs

prefs.codegen.target = "numpy"
duration = float(sys.argv[1]) if len(sys.argv) > 1 else 100.0
dt = float(sys.argv[2]) if len(sys.argv) > 2 else 0.001
defaultclock.dt = dt * ms

eqs = """
dv/dt = (I - gNa*m**3*h*(v - 50) - gK*n**4*(v + 77) - gL*(v + 54.387) + Isyn) / ms : 1
dm/dt = (am*(1 - m) - bm*m) / ms : 1
dh/dt = (ah*(1 - h) - bh*h) / ms : 1
dn/dt = (an*(1 - n) - bn*n) / ms : 1
ds/dt = (a*(1 - s)/(1 + exp(-(v - theta)/sigma)) - s/tau) / ms : 1
am = 0.1*(v + 40)/(1 - exp(-(v + 40)/10)) : 1
bm = 4*exp(-(v + 65)/18) : 1
ah = 0.07*exp(-(v + 65)/20) : 1
bh = 1/(1 + exp(-(v + 35)/10)) : 1
an = 0.01*(v + 55)/(1 - exp(-(v + 55)/10)) : 1
bn = 0.125*exp(-(v + 65)/80) : 1
Isyn : 1
I : 1
"""
ns = dict(gNa=120.0, gK=36.0, gL=0.3, a=2.0, theta=0.0, sigma=2.0, tau=5.0)
G = NeuronGroup(2, eqs, method="rk4", namespace=ns)


def inf(a, b):
    return a / (a + b)


v0 = -65.0
G.v = v0
G.m = inf(0.1 * (v0 + 40) / (1 - np.exp(-(v0 + 40) / 10)), 4 * np.exp(-(v0 + 65) / 18))
G.h = inf(0.07 * np.exp(-(v0 + 65) / 20), 1 / (1 + np.exp(-(v0 + 35) / 10)))
G.n = inf(0.01 * (v0 + 55) / (1 - np.exp(-(v0 + 55) / 10)), 0.125 * np.exp(-(v0 + 65) / 80))
G.s = 0
G.I = [15.0, 0.0]
S = Synapses(G, G, "Isyn_post = w*s_pre*(0 - v_post) : 1 (summed)", namespace=dict(w=0.5))
S.connect(condition="i != j")
M = StateMonitor(G, "v", record=True)
run(duration * ms)
t = M.t / ms
for i in range(2):
    v = M.v[i]
    for k in np.nonzero((v[:-1] < 0) & (v[1:] >= 0))[0]:
        print("%d,%.6f" % (i, t[k] + (t[k + 1] - t[k]) * (0 - v[k]) / (v[k + 1] - v[k])))
