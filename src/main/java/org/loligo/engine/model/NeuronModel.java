package org.loligo.engine.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A single-compartment conductance-based neuron as data: a membrane capacitance, channels (each a
 * maximal conductance, a reversal potential and gates with exponents) and the potential a run starts
 * from, with every gate at its steady state there.
 * <pre>
 *   C dV/dt = I_ext - Σ_c g_c Π x^p (V - E_c)
 * </pre>
 * Per-area units: C in µF/cm², conductances in mS/cm², currents in µA/cm², V in mV, time in ms.
 * <p>
 * State layout, the same for every runner: V plus one value per <em>state gate</em> (the gates that
 * are not instantaneous), in the order of {@link #stateGates()} — channel by channel, gate by gate.
 * Instantaneous gates ({@link #instantGates()}) are functions of V and hold no state.
 * <p>
 * The presets are instances ({@link Models}); every scheme, runner and analysis reads this one form.
 *
 * @param name     the name users select it by
 * @param cm       membrane capacitance, µF/cm² (> 0)
 * @param vInit    initial membrane potential, mV
 * @param channels the channels, passive ones (leaks) included
 * @param source   where it comes from, for results ("preset", a file path, …)
 * @param q10      how its rates depend on temperature, or null when it defines no Q10
 */
public record NeuronModel(String name, double cm, double vInit, List<Channel> channels, String source, Q10 q10) {

	public NeuronModel {
		if (name == null || name.isBlank()) throw new IllegalArgumentException("model name must not be empty");
		if (!(cm > 0) || !Double.isFinite(cm)) throw new IllegalArgumentException("model " + name + ": cm must be " +
			"> 0 µF/cm² and finite, got " + cm);
		if (!Double.isFinite(vInit)) throw new IllegalArgumentException("model " + name + ": vInit must be a " +
			"finite voltage in mV, got " + vInit);
		channels = List.copyOf(channels);
		if (channels.isEmpty()) throw new IllegalArgumentException("model " + name + ": give at least one channel");
		final Set<String> names = new HashSet<>();
		names.add("V");
		for (final Channel c : channels) {
			if (!names.add("I_" + c.name())) throw new IllegalArgumentException("model " + name + ": channel " + c
				.name() + " appears twice");
			for (final Gate g : c.gates())
				if (!names.add(g.name())) throw new IllegalArgumentException("model " + name + ": gate name " + g
					.name() + " is used twice; gate names must be unique in a model (they name trace columns)");
		}
		if (source == null) source = "preset";
		if (q10 != null) for (final String g : q10.gates().keySet())
			if (!names.contains(g)) throw new IllegalArgumentException("model " + name + ": Q10 names gate " + g +
				", which it does not have");
	}

	/** A model that defines no Q10. */
	public NeuronModel(final String name, final double cm, final double vInit, final List<Channel> channels,
		final String source)
	{
		this(name, cm, vInit, channels, source, null);
	}

	/** A preset that defines no Q10. */
	public NeuronModel(final String name, final double cm, final double vInit, final List<Channel> channels) {
		this(name, cm, vInit, channels, "preset");
	}

	/** The temperature its rates are at, °C, or NaN when it defines no Q10 (or none is set yet). */
	public double temperature() {
		return q10 == null ? Double.NaN : q10.celsius();
	}

	/**
	 * This model at another temperature: each gate with a Q10 rule gets {@code φ = q10^((T - T_exp)/10)}
	 * (see {@link Q10}); at its own temperature, this very model.
	 *
	 * @throws IllegalArgumentException naming the model when it defines no Q10, or for a non-finite T
	 */
	public NeuronModel atTemperature(final double celsius) {
		if (q10 == null) throw new IllegalArgumentException("temperature: model " + name + " defines no Q10, so " +
			"its rates do not depend on temperature; leave temperature out for it (models with a Q10: HH1952, " +
			"HH1952-gL0.03, NeuroML2 files with q10Settings of type q10ExpTemp)");
		if (!Double.isFinite(celsius)) throw new IllegalArgumentException("temperature must be a finite " +
			"temperature in °C, got " + celsius);
		if (celsius == q10.celsius()) return this;
		final List<Channel> cs = new ArrayList<>();
		for (final Channel c : channels) {
			final List<Gate> gs = new ArrayList<>();
			for (final Gate g : c.gates()) {
				final Q10.Rule r = q10.gates().get(g.name());
				gs.add(r == null ? g : g.withPhi(r.phi(celsius)));
			}
			cs.add(new Channel(c.name(), c.gmax(), c.reversal(), gs));
		}
		return new NeuronModel(name, cm, vInit, cs, source, q10.at(celsius));
	}

	/** This model with another source (a file path, say). */
	public NeuronModel from(final String newSource) {
		return new NeuronModel(name, cm, vInit, channels, newSource, q10);
	}

	/** The gates with a state of their own, in state order (channel by channel). */
	public List<Gate> stateGates() {
		final List<Gate> out = new ArrayList<>();
		for (final Channel c : channels)
			for (final Gate g : c.gates())
				if (g.hasState()) out.add(g);
		return out;
	}

	/** The instantaneous gates, channel by channel. */
	public List<Gate> instantGates() {
		final List<Gate> out = new ArrayList<>();
		for (final Channel c : channels)
			for (final Gate g : c.gates())
				if (!g.hasState()) out.add(g);
		return out;
	}

	/** Every gate, channel by channel (state and instantaneous). */
	public List<Gate> allGates() {
		final List<Gate> out = new ArrayList<>();
		for (final Channel c : channels)
			out.addAll(c.gates());
		return out;
	}

	/** The state gates' steady states at V, in state order. */
	public double[] steadyGates(final double v) {
		final List<Gate> gs = stateGates();
		final double[] x = new double[gs.size()];
		for (int k = 0; k < x.length; k++)
			x[k] = gs.get(k).inf(v);
		return x;
	}

	/** Position of a state gate in the state vector. */
	public int stateIndex(final Gate gate) {
		final int k = stateGates().indexOf(gate);
		if (k < 0) throw new IllegalArgumentException("gate " + gate.name() + " is not a state gate of " + name);
		return k;
	}

	/** This model under another name. */
	public NeuronModel named(final String newName) {
		return new NeuronModel(newName, cm, vInit, channels, source, q10);
	}

	/** This model with channel {@code channel}'s maximal conductance replaced (mS/cm²). */
	public NeuronModel withGmax(final String channel, final double g) {
		final List<Channel> cs = new ArrayList<>();
		boolean found = false;
		for (final Channel c : channels) {
			found |= c.name().equals(channel);
			cs.add(c.name().equals(channel) ? c.withGmax(g) : c);
		}
		if (!found) throw new IllegalArgumentException("model " + name + " has no channel " + channel);
		return new NeuronModel(name, cm, vInit, cs, source, q10);
	}

	/** The HH-shaped view (Na m³h, K n⁴, a leak) the specialised kernels need, or null. */
	public HHModel hh() {
		return HHModel.of(this);
	}

	/** The channel with this name, or null. */
	public Channel channel(final String channelName) {
		for (final Channel c : channels)
			if (c.name().equals(channelName)) return c;
		return null;
	}
}
