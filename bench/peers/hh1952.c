/*
 * HH1952 preset of Loligo (modern convention, rest -65 mV) as an AUTO-07p equation file, for the
 * cross-check of the Hopf Bifurcation Sweep (run_auto.py). Parameter PAR(1) = injected current, uA/cm^2.
 * u = (V, m, h, n); V in mV, t in ms.
 */
#include "auto_f2c.h"
#include <math.h>

static double exprel(double x) { return x == 0 ? 1.0 : expm1(x) / x; }

int func(integer ndim, const doublereal *u, const integer *icp, const doublereal *par, integer ijac,
	doublereal *f, doublereal *dfdu, doublereal *dfdp)
{
	const double v = u[0], m = u[1], h = u[2], n = u[3], i = par[0];
	const double am = 1.0 / exprel(-(v + 40.0) / 10.0), bm = 4.0 * exp(-(v + 65.0) / 18.0);
	const double ah = 0.07 * exp(-(v + 65.0) / 20.0), bh = 1.0 / (1.0 + exp(-(v + 35.0) / 10.0));
	const double an = 0.1 / exprel(-(v + 55.0) / 10.0), bn = 0.125 * exp(-(v + 65.0) / 80.0);
	f[0] = i - 120.0 * m * m * m * h * (v - 50.0) - 36.0 * n * n * n * n * (v + 77.0) - 0.3 * (v + 54.387);
	f[1] = am * (1 - m) - bm * m;
	f[2] = ah * (1 - h) - bh * h;
	f[3] = an * (1 - n) - bn * n;
	return 0;
}

int stpnt(integer ndim, doublereal t, doublereal *u, doublereal *par)
{
	/* Rest at I = 0 (from Loligo's equilibria.csv, first row). */
	par[0] = 0.0;
	u[0] = -64.99637933119206;
	u[1] = 0.05295508681300812;
	u[2] = 0.5959941247398638;
	u[3] = 0.31773239976086576;
	return 0;
}

int bcnd(integer ndim, const doublereal *par, const integer *icp, integer nbc, const doublereal *u0,
	const doublereal *u1, integer ijac, doublereal *fb, doublereal *dbc) { return 0; }

int icnd(integer ndim, const doublereal *par, const integer *icp, integer nint, const doublereal *u,
	const doublereal *uold, const doublereal *udot, const doublereal *upold, integer ijac, doublereal *fi,
	doublereal *dint) { return 0; }

int fopt(integer ndim, const doublereal *u, const integer *icp, const doublereal *par, integer ijac,
	doublereal *fs, doublereal *dfdu, doublereal *dfdp) { return 0; }

int pvls(integer ndim, const void *u, doublereal *par) { return 0; }
