#!/usr/bin/python3
"""COBA-HH network (Brette et al. 2007, J Comput Neurosci 23:349, benchmark 3) in Brian2, for Loligo's
cross-checks: the statistics band (runtime mode, several seeds) and the speed comparison
(cpp_standalone).

The model follows the description of Brette et al. (2007) as Brian2's examples/COBAHH.py sets it up:
Traub-Miles neurons of 20,000 um^2, 80 % excitatory, we = 6 nS, wi = 67 nS, taue = 5 ms, taui = 10 ms,
Ee = 0, Ei = -80 mV, threshold v > -20 mV with a 3 ms refractory period, exponential Euler at
dt = 0.1 ms, v = El + (randn*5 - 5) mV, ge = (randn*1.5 + 4)*10 nS, gi = (randn*12 + 20)*10 nS and the
gates left at Brian2's default of 0.

Prints one JSON object on the last line of stdout:
  mode, neurons, duration_ms, seed, synapses, total_spikes, mean_rate_exc_hz, mean_rate_inh_hz,
  isi_cv_exc, isi_cv_inh, run_seconds (the simulation loop as Brian2 measures it: for cpp_standalone the
  network run time the generated binary reports, without code generation and compilation),
  binary_seconds (cpp_standalone: wall time of the generated binary, start-up and result files
  included), compile_seconds (cpp_standalone: code generation + make), wall_seconds (whole script).
ISI CV: per neuron with at least 3 spikes, SD/mean of its inter-spike intervals (population SD,
ddof = 0), averaged over those neurons of the group -- the same definition as Loligo's summary.json.

usage: coba_brian2.py [--mode runtime|cpp_standalone] [--neurons 4000] [--duration 1000] [--seed 1]
                      [--in-degree 0] [--threads 1] [--dir DIR]
"""
import argparse
import json
import os
import sys
import tempfile
import time


def isi_cv(trains):
    import numpy as np
    cvs = []
    for t in trains:
        if len(t) >= 3:
            isi = np.diff(np.sort(t))
            cvs.append(isi.std() / isi.mean())
    return float(np.mean(cvs)) if cvs else float('nan')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--mode', default='runtime', choices=['runtime', 'cpp_standalone'])
    ap.add_argument('--neurons', type=int, default=4000)
    ap.add_argument('--duration', type=float, default=1000.0, help='ms')
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--in-degree', type=int, default=0, help='fixed in-degree k (0 = p = 0.02)')
    ap.add_argument('--threads', type=int, default=1, help='OpenMP threads (cpp_standalone)')
    ap.add_argument('--dir', default=None, help='cpp_standalone project directory')
    a = ap.parse_args()
    t_start = time.time()

    import numpy as np
    import brian2 as b2
    from brian2 import ms, mV, nS, umetre, cm, ufarad, siemens, msiemens, second

    b2.prefs.logging.console_log_level = 'WARNING'
    if a.mode == 'cpp_standalone':
        directory = a.dir or tempfile.mkdtemp(prefix='coba_brian2_')
        b2.set_device('cpp_standalone', directory=directory)
        if a.threads > 1:
            b2.prefs.devices.cpp_standalone.openmp_threads = a.threads
    else:
        # numpy needs no compiler, which keeps many seeds cheap; the statistics do not depend on it.
        b2.prefs.codegen.target = 'numpy'
    b2.defaultclock.dt = 0.1 * ms
    b2.seed(a.seed)
    np.random.seed(a.seed)

    area = 20000 * umetre ** 2
    Cm = (1 * ufarad * cm ** -2) * area
    gl = (5e-5 * siemens * cm ** -2) * area
    El, EK, ENa, VT = -60 * mV, -90 * mV, 50 * mV, -63 * mV
    g_na = (100 * msiemens * cm ** -2) * area
    g_kd = (30 * msiemens * cm ** -2) * area
    taue, taui = 5 * ms, 10 * ms
    Ee, Ei = 0 * mV, -80 * mV
    we, wi = 6 * nS, 67 * nS
    eqs = b2.Equations('''
    dv/dt = (gl*(El-v)+ge*(Ee-v)+gi*(Ei-v)-g_na*(m*m*m)*h*(v-ENa)-g_kd*(n*n*n*n)*(v-EK))/Cm : volt
    dm/dt = alpha_m*(1-m)-beta_m*m : 1
    dn/dt = alpha_n*(1-n)-beta_n*n : 1
    dh/dt = alpha_h*(1-h)-beta_h*h : 1
    dge/dt = -ge*(1./taue) : siemens
    dgi/dt = -gi*(1./taui) : siemens
    alpha_m = 0.32*(mV**-1)*(13*mV-v+VT)/(exp((13*mV-v+VT)/(4*mV))-1.)/ms : Hz
    beta_m = 0.28*(mV**-1)*(v-VT-40*mV)/(exp((v-VT-40*mV)/(5*mV))-1)/ms : Hz
    alpha_h = 0.128*exp((17*mV-v+VT)/(18*mV))/ms : Hz
    beta_h = 4./(1+exp((40*mV-v+VT)/(5*mV)))/ms : Hz
    alpha_n = 0.032*(mV**-1)*(15*mV-v+VT)/(exp((15*mV-v+VT)/(5*mV))-1.)/ms : Hz
    beta_n = .5*exp((10*mV-v+VT)/(40*mV))/ms : Hz
    ''')
    N = a.neurons
    NE = int(round(0.8 * N))
    P = b2.NeuronGroup(N, model=eqs, threshold='v>-20*mV', refractory=3 * ms, method='exponential_euler')
    Pe, Pi = P[:NE], P[NE:]
    Ce = b2.Synapses(Pe, P, on_pre='ge+=we')
    Ci = b2.Synapses(Pi, P, on_pre='gi+=wi')
    if a.in_degree > 0:
        # Fixed in-degree: every neuron gets round(0.8 k) distinct excitatory and the rest distinct
        # inhibitory sources, drawn uniformly (numpy, seeded above).
        ke = int(round(0.8 * a.in_degree))
        ki = a.in_degree - ke
        rng = np.random.default_rng(a.seed)
        src_e = np.concatenate([rng.choice(NE, ke, replace=False) for _ in range(N)])
        src_i = np.concatenate([rng.choice(N - NE, ki, replace=False) for _ in range(N)])
        Ce.connect(i=src_e, j=np.repeat(np.arange(N), ke))
        Ci.connect(i=src_i, j=np.repeat(np.arange(N), ki))
    else:
        Ce.connect(p=0.02)
        Ci.connect(p=0.02)
    P.v = 'El + (randn() * 5 - 5)*mV'
    P.ge = '(randn() * 1.5 + 4) * 10.*nS'
    P.gi = '(randn() * 12 + 20) * 10.*nS'
    spikes = b2.SpikeMonitor(P)

    t0 = time.time()
    b2.run(a.duration * ms)
    t_run = time.time() - t0
    out = {'mode': a.mode, 'neurons': N, 'duration_ms': a.duration, 'seed': a.seed,
           'in_degree': a.in_degree, 'brian2_version': b2.__version__}
    if a.mode == 'cpp_standalone':
        d = b2.get_device()
        out['run_seconds'] = float(d._last_run_time)
        out['binary_seconds'] = float(d.timers['run_binary'])
        out['compile_seconds'] = float(t_run - d.timers['run_binary'])
    else:
        out['run_seconds'] = t_run
    i = np.asarray(spikes.i[:])
    t = np.asarray(spikes.t[:] / ms)
    T = a.duration / 1000.0
    out['synapses'] = int(len(Ce) + len(Ci))
    out['total_spikes'] = int(len(i))
    out['mean_rate_exc_hz'] = float(np.sum(i < NE) / (NE * T))
    out['mean_rate_inh_hz'] = float(np.sum(i >= NE) / ((N - NE) * T))
    order = np.argsort(i, kind='stable')
    bounds = np.searchsorted(i[order], np.arange(N + 1))
    trains = [t[order[bounds[k]:bounds[k + 1]]] for k in range(N)]
    out['isi_cv_exc'] = isi_cv(trains[:NE])
    out['isi_cv_inh'] = isi_cv(trains[NE:])
    out['wall_seconds'] = time.time() - t_start
    print(json.dumps(out))


if __name__ == '__main__':
    sys.exit(main())
