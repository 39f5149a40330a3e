package org.loligo.io.neuroml;

import org.loligo.engine.model.NeuronModel;

/**
 * A neuron read from a NeuroML2 file, with what the file says beyond the model's dynamics.
 *
 * @param model          the model, named by the cell's id, its source the file's path
 * @param areaUm2        the soma's surface area, µm², from its morphology
 * @param spikeThreshold the file's {@code spikeThresh}, mV (NaN if none)
 * @param file           the file's path
 * @param sha256         the file's SHA-256, hex
 * @param cell           the cell's id
 */
public record NeuroMLModel(NeuronModel model, double areaUm2, double spikeThreshold, String file,
	String sha256, String cell)
{}
