#@ CommandService command
#@ String (label = "Model", choices = {"HH1952", "HH1952-gL0.03", "TraubMiles"}, value = "HH1952") model
#@ Double (label = "Current (µA/cm²)", value = 10) current
#@ Double (label = "Duration (ms)", value = 200) duration
#@ File (label = "Output directory", style = "directory", required = false) outputDirectory
#@output Integer spikeCount
#@output Double meanIsiMs

# Loligo example (Jython): run "Simulate HH Neuron", then read what it wrote.
# Headless: scripts/loligo --run scripts/Simulate_HH_Neuron_Example.py "current=15,outputDirectory=out"

import csv
import os
import tempfile

from java.io import File
from java.util import HashMap

if outputDirectory is None:
    outputDirectory = File(tempfile.mkdtemp(prefix="loligo-example-"))

inputs = HashMap()
inputs.put("model", model)
inputs.put("current", current)
inputs.put("duration", duration)
inputs.put("outputDirectory", outputDirectory)
# .get() waits for the run and passes any error on to whoever runs this script.
module = command.run("org.loligo.scijava.SimulateNeuron", True, inputs).get()
spikeCount = module.getOutput("spikeCount")

# spikes.csv has the header neuron,time_ms; take neuron 0's spike times.
with open(os.path.join(outputDirectory.getPath(), "spikes.csv")) as f:
    times = [float(row["time_ms"]) for row in csv.DictReader(f) if row["neuron"] == "0"]
meanIsiMs = (times[-1] - times[0]) / (len(times) - 1) if len(times) > 1 else float("nan")

print("Loligo: %d spikes in %g ms, mean ISI %g ms; files in %s" % (spikeCount, duration, meanIsiMs, outputDirectory))
