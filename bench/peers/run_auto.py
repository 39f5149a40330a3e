#!/usr/bin/python3
"""Cross-check of Loligo's Hopf Bifurcation Sweep with AUTO-07p (HH1952 preset, current 0..200 uA/cm^2).

Usage: run_auto.py [workdir]. Builds hh1952.c against the AUTO-07p library with gcc (this machine has no
gfortran, so the driver links the Fortran objects itself with libgfortran and libgomp), then runs AUTO
directly on constants files: (1) the equilibrium branch from rest with Hopf detection (IPS=1), (2) the
periodic branch from the first Hopf point (IPS=2) with fold (LP) detection. Prints the special points.
"""
import glob, os, shutil, subprocess, sys

AUTO = '/usr/lib/auto-07p/lib'
here = os.path.dirname(os.path.abspath(__file__))
work = sys.argv[1] if len(sys.argv) > 1 else '/tmp/loligo-auto'
os.makedirs(work, exist_ok=True)

def build():
    exe = os.path.join(work, 'hh1952.exe')
    obj = os.path.join(work, 'hh1952.o')
    subprocess.run(['gcc', '-O2', '-I/usr/include', '-c', os.path.join(here, 'hh1952.c'), '-o', obj], check=True)
    objs = [os.path.join(AUTO, n + '.o') for n in ('main ae auto_constants blas bvp compat equilibrium floquet '
        'homcont interfaces io lapack maps mesh mpi optimization parabolic periodic solvebv support timeint '
        'toolboxae toolboxbv').split()]
    subprocess.run(['gcc', '-o', exe, obj] + objs + ['-L' + AUTO, '-lauto_c',
        '/usr/lib/x86_64-linux-gnu/libgfortran.so.5', '-fopenmp', '-lm'], check=True)
    return exe

COMMON = """NDIM= 4, NBC= 0, NINT= 0, JAC= 0
NTST= {ntst}, NCOL= 4, IAD= 3, ISP= 2, ISW= 1, IPLT= 0
NMX= {nmx}, NPR= 1000, MXBF= 10, IID= 2, ITMX= 8, ITNW= 7, NWTN= 3
EPSL= 1e-10, EPSU= 1e-10, EPSS= 1e-08
DS= {ds}, DSMIN= 1e-06, DSMAX= {dsmax}, IADS= 1
THL= [], THU= []
UZSTOP= {{1: [0.0, 200.0]}}
"""

def run(exe, constants, restart=None):
    with open(os.path.join(work, 'fort.2'), 'w') as f:
        f.write(constants)
    if restart:
        shutil.copy(restart, os.path.join(work, 'fort.3'))
    subprocess.run([exe], cwd=work, check=True, stdout=subprocess.DEVNULL)
    rows = []
    with open(os.path.join(work, 'fort.7')) as f:
        for line in f:
            p = line.split()
            if len(p) > 5 and p[0] != '0' and p[2] != '0':
                rows.append(p)
    return rows

def main():
    exe = build()
    names = {'1': 'BP', '2': 'LP', '3': 'HB', '4': 'RG', '-4': 'UZ', '5': 'LP', '6': 'BP', '7': 'PD', '8': 'TR', '9': 'EP', '-9': 'MX'}
    eq = run(exe, 'IPS= 1, IRS= 0, ILP= 1, ISW= 1\nICP= [1]\n' + COMMON.format(ntst=20, nmx=2000, ds=0.5, dsmax=2.0))
    shutil.copy(os.path.join(work, 'fort.8'), os.path.join(work, 's.eq'))
    print('equilibria (IPS=1): BR PT TY LAB PAR(1) L2-NORM V ...')
    hb = []
    for p in eq:
        print('  %s %s  I=%s  V=%s' % (names.get(p[2], p[2]), p[3], p[4], p[6]))
        if p[2] == '3':
            hb.append(p[3])
    if hb:
        cyc = run(exe, 'IPS= 2, IRS= %s, ILP= 1, ISW= 1\nICP= [1, 11]\n' % hb[-1] +
                  COMMON.format(ntst=150, nmx=400, ds=-0.05, dsmax=1.0), os.path.join(work, 's.eq'))
        print('cycles from the Hopf point at label %s (IPS=2): ' % hb[-1])
        for p in cyc:
            print('  %s %s  I=%s  PERIOD=%s' % (names.get(p[2], p[2]), p[3], p[4], p[-1]))

if __name__ == '__main__':
    main()
