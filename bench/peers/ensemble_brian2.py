#!/usr/bin/python3
"""Brian2 reference for Loligo's ensemble benchmark: N independent HH1952 neurons with white current
noise, Euler-Maruyama ('euler' in Brian2), the same equations and units as Loligo's HH1952 preset
(rest -65 mV; Hodgkin & Huxley 1952 in the modern sign convention).

  ensemble_brian2.py --build DIR ...   generate and compile a C++ standalone project in DIR (not timed)
  DIR/main                             runs the simulation alone (what the harness times)
  ensemble_brian2.py --runtime ...     run in Brian2's runtime mode and print the spike count

Written for Loligo (own code), used only for comparisons, never by Loligo itself.
"""
import argparse
import sys

from brian2 import (NeuronGroup, SpikeMonitor, run, defaultclock, set_device, device, prefs, ms, mV, uF,
                    msiemens, uA, cm, exprel, exp, sqrt, Network)

p = argparse.ArgumentParser()
p.add_argument("--neurons", type=int, default=1000)
p.add_argument("--duration", type=float, default=2000.0, help="ms")
p.add_argument("--dt", type=float, default=0.01, help="ms")
p.add_argument("--current", type=float, default=6.0, help="uA/cm2")
p.add_argument("--sigma", type=float, default=1.0, help="uA/cm2*ms^0.5")
p.add_argument("--threads", type=int, default=2)
p.add_argument("--seed", type=int, default=1)
g = p.add_mutually_exclusive_group(required=True)
g.add_argument("--build", metavar="DIR")
g.add_argument("--runtime", action="store_true")
a = p.parse_args()

if a.build:
    set_device("cpp_standalone", directory=a.build, build_on_run=False)
    prefs.devices.cpp_standalone.openmp_threads = a.threads
defaultclock.dt = a.dt * ms

eqs = """
dv/dt = (I - gNa*m**3*h*(v - ENa) - gK*n**4*(v - EK) - gL*(v - EL))/C + sigma/C*xi : volt
dm/dt = am*(1 - m) - bm*m : 1
dh/dt = ah*(1 - h) - bh*h : 1
dn/dt = an*(1 - n) - bn*n : 1
am = 1/exprel(-(v/mV + 40)/10)/ms : Hz
bm = 4*exp(-(v/mV + 65)/18)/ms : Hz
ah = 0.07*exp(-(v/mV + 65)/20)/ms : Hz
bh = 1/(1 + exp(-(v/mV + 35)/10))/ms : Hz
an = 0.1/exprel(-(v/mV + 55)/10)/ms : Hz
bn = 0.125*exp(-(v/mV + 65)/80)/ms : Hz
"""
ns = dict(C=1 * uF / cm**2, gNa=120 * msiemens / cm**2, gK=36 * msiemens / cm**2, gL=0.3 * msiemens / cm**2,
          ENa=50 * mV, EK=-77 * mV, EL=-54.387 * mV, I=a.current * uA / cm**2,
          sigma=a.sigma * uA / cm**2 * sqrt(ms))
G = NeuronGroup(a.neurons, eqs, threshold="v > 0*mV", refractory="v > 0*mV", method="euler", namespace=ns)
G.v = -65 * mV
G.m = 0.0529324852572
G.h = 0.596120753508
G.n = 0.317676914061
S = SpikeMonitor(G)
run(a.duration * ms)
if a.build:
    device.build(directory=a.build, compile=True, run=False)
    print("built", a.build)
else:
    print("spikes", S.num_spikes)
