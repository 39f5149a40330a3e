#!/usr/bin/python3
"""Cross-check of "Poisson-Driven HH Neuron" (superposed inputs, kicks) with Brian2.

One HH1952 neuron (modern convention, rest -65 mV; Loligo's Models.HH1952) under N_E excitatory and
N_I inhibitory Poisson inputs at `rate`, transmitted with probability p (Brian2's PoissonInput draws a
binomial count per step and neuron, as Loligo's superposed mode; thinning by p is a rate of rate*p),
kicks of +w and -ratio*w mV, constant current I. Every neuron of the group is one independent trial.
Spikes: threshold 0 mV, re-armed below -10 mV (Brian2's refractory condition), as Loligo's rule.

Usage: /usr/bin/python3 bench/peers/poisson_brian2.py [NE NI TRIALS DURATION_MS SEED]
Prints the mean and SD over trials of the output rate (Hz) and the pooled ISI CV.
"""
import sys

import numpy as np
from brian2 import (NeuronGroup, PoissonInput, SpikeMonitor, Network, defaultclock, prefs, seed as b2seed,
                    ms, mV, Hz, second)

ne, ni, trials, duration, s = (int(a) for a in (sys.argv[1:6] if len(sys.argv) > 5 else (4000, 1000, 20, 1000, 1)))
rate, p, w, ratio, current = 10.0, 0.5, 1.0, 4.0, 3.0

prefs.codegen.target = "numpy"
b2seed(s)
defaultclock.dt = 0.01 * ms
# Per-area units written as plain numbers: C = 1 uF/cm^2, g in mS/cm^2, I in uA/cm^2, so dv/dt is mV/ms.
eqs = """
dv/dt = (I - gna*m**3*h*(v/mV - ena) - gk*n**4*(v/mV - ek) - gl*(v/mV - el)) * mV/ms : volt
dm/dt = (am*(1 - m) - bm*m) / ms : 1
dh/dt = (ah*(1 - h) - bh*h) / ms : 1
dn/dt = (an*(1 - n) - bn*n) / ms : 1
am = 1/exprel(-(v/mV + 40)/10) : 1
bm = 4*exp(-(v/mV + 65)/18) : 1
ah = 0.07*exp(-(v/mV + 65)/20) : 1
bh = 1/(1 + exp(-(v/mV + 35)/10)) : 1
an = 0.1/exprel(-(v/mV + 55)/10) : 1
bn = 0.125*exp(-(v/mV + 65)/80) : 1
"""
ns = dict(gna=120.0, gk=36.0, gl=0.3, ena=50.0, ek=-77.0, el=-54.387, I=current)
g = NeuronGroup(trials, eqs, threshold="v > 0*mV", refractory="v > -10*mV", method="exponential_euler",
                namespace=ns)
v0 = -65.0
# Gates start at their steady state at -65 mV, as in Loligo.
am, bm = 0.1 * (v0 + 40) / (1 - np.exp(-(v0 + 40) / 10)), 4 * np.exp(-(v0 + 65) / 18)
ah, bh = 0.07 * np.exp(-(v0 + 65) / 20), 1 / (1 + np.exp(-(v0 + 35) / 10))
an, bn = 0.01 * (v0 + 55) / (1 - np.exp(-(v0 + 55) / 10)), 0.125 * np.exp(-(v0 + 65) / 80)
g.v = v0 * mV
g.m, g.h, g.n = am / (am + bm), ah / (ah + bh), an / (an + bn)
exc = PoissonInput(g, "v", ne, rate * p * Hz, weight=w * mV)
inh = PoissonInput(g, "v", ni, rate * p * Hz, weight=-ratio * w * mV)
mon = SpikeMonitor(g)
net = Network(g, exc, inh, mon)
net.run(duration * ms)

trains = mon.spike_trains()
rates = np.array([len(trains[k]) / (duration / 1000) for k in range(trials)])
isis = np.concatenate([np.diff(np.asarray(trains[k] / second)) for k in range(trials)])
cv = isis.std(ddof=1) / isis.mean() if len(isis) > 1 else float("nan")
print(f"brian2 {ne} exc + {ni} inh, {trials} trials x {duration} ms, seed {s}: "
      f"output_rate_hz {rates.mean():.3f} output_rate_sd {rates.std(ddof=1):.3f} isi_cv {cv:.4f}")
