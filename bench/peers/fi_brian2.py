#!/usr/bin/python3
"""Brian2 cross-check of Loligo's "f-I Curve" (direction=rest): classic HH (HH1952 preset: cm = 1 uF/cm2,
gNa = 120, gK = 36, gL = 0.3 mS/cm2, ENa = 50, EK = -77, EL = -54.387 mV, start at -65 mV with gates at
steady state), one neuron per current, every neuron from rest, Brian2's exponential_euler.

Rate of a neuron = 1000 / mean period between upward crossings of the mid-level of V over the second
half of the run (the rule of Loligo's OscillationMeter, without its damping test).

  /usr/bin/python3 bench/peers/fi_brian2.py --currents 10 20 50 100 150 --duration 500 --dt 0.01
  /usr/bin/python3 bench/peers/fi_brian2.py --sweep 250 --duration 2000 --dt 0.01   # timing only
"""
import argparse
import time

import numpy as np
from brian2 import (NeuronGroup, StateMonitor, Network, defaultclock, prefs, ms, mV, exprel)


EQS = '''
dv/dt = (I - gNa*m**3*h*(v - ENa) - gK*n**4*(v - EK) - gL*(v - EL)) / Cm : volt
dm/dt = alpha_m*(1 - m) - beta_m*m : 1
dh/dt = alpha_h*(1 - h) - beta_h*h : 1
dn/dt = alpha_n*(1 - n) - beta_n*n : 1
alpha_m = 1/exprel(-(v/mV + 40)/10) / ms : Hz
beta_m = 4*exp(-(v/mV + 65)/18) / ms : Hz
alpha_h = 0.07*exp(-(v/mV + 65)/20) / ms : Hz
beta_h = 1/(1 + exp(-(v/mV + 35)/10)) / ms : Hz
alpha_n = 0.1/exprel(-(v/mV + 55)/10) / ms : Hz
beta_n = 0.125*exp(-(v/mV + 65)/80) / ms : Hz
I : volt/second
'''
# Per-area units folded into mV/ms: currents divided by Cm = 1 uF/cm2 (1 uA/cm2 -> 1 mV/ms).
NS = {'Cm': 1.0, 'gNa': 120 / ms, 'gK': 36 / ms, 'gL': 0.3 / ms, 'ENa': 50 * mV, 'EK': -77 * mV,
      'EL': -54.387 * mV}


def rest_gates(v):
    am = (v + 40) / 10 / (1 - np.exp(-(v + 40) / 10)); bm = 4 * np.exp(-(v + 65) / 18)
    ah = 0.07 * np.exp(-(v + 65) / 20); bh = 1 / (1 + np.exp(-(v + 35) / 10))
    an = 0.01 * (v + 55) / (1 - np.exp(-(v + 55) / 10)); bn = 0.125 * np.exp(-(v + 65) / 80)
    return am / (am + bm), ah / (ah + bh), an / (an + bn)


def run(currents, duration, dt, record):
    defaultclock.dt = dt * ms
    g = NeuronGroup(len(currents), EQS, method='exponential_euler', namespace=NS)
    m0, h0, n0 = rest_gates(-65.0)
    g.v = -65 * mV; g.m = m0; g.h = h0; g.n = n0
    g.I = np.asarray(currents) * mV / ms
    net = Network(g)
    mon = None
    if record:
        mon = StateMonitor(g, 'v', record=True)
        net.add(mon)
    t0 = time.perf_counter()
    net.run(duration * ms)
    return time.perf_counter() - t0, mon


def rate(v):
    lo, hi = v.min(), v.max()
    if hi - lo < 1: return 0.0
    mid, rearm = (hi + lo) / 2, (hi + lo) / 2 - (hi - lo) / 4
    t, armed = [], v[0] < rearm
    for k in range(1, len(v)):
        if v[k] < rearm: armed = True
        elif armed and v[k - 1] < mid <= v[k]:
            t.append(k - 1 + (mid - v[k - 1]) / (v[k] - v[k - 1])); armed = False
    return 0.0 if len(t) < 4 else 1000.0 * (len(t) - 1) / ((t[-1] - t[0]) * DT)


if __name__ == '__main__':
    a = argparse.ArgumentParser()
    a.add_argument('--currents', type=float, nargs='*', default=[10, 20, 50, 100, 150])
    a.add_argument('--sweep', type=int, default=0, help='N currents evenly over 0-200 (timing only)')
    a.add_argument('--duration', type=float, default=500)
    a.add_argument('--dt', type=float, default=0.01)
    a.add_argument('--target', default='cython')
    o = a.parse_args()
    DT = o.dt
    prefs.codegen.target = o.target
    if o.sweep:
        wall, _ = run(np.linspace(0, 200, o.sweep), o.duration, o.dt, False)
        print(f'brian2 ({o.target}) {o.sweep} currents x {o.duration} ms at dt={o.dt}: {wall:.2f} s run time')
    else:
        wall, mon = run(o.currents, o.duration, o.dt, True)
        half = mon.v.shape[1] // 2
        for i, c in enumerate(o.currents):
            print(f'I = {c:g} uA/cm2: {rate(mon.v[i, half:] / mV):.4f} Hz')
