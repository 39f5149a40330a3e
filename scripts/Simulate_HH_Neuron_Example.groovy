#@ CommandService command
#@ String (label = "Model", choices = {"HH1952", "HH1952-gL0.03", "TraubMiles"}, value = "HH1952") model
#@ Double (label = "Current (µA/cm²)", value = 10) current
#@ Double (label = "Duration (ms)", value = 200) duration
#@ File (label = "Output directory", style = "directory", required = false) outputDirectory
#@output Integer spikeCount
#@output Double meanIsiMs

// Loligo example (Groovy): run "Simulate HH Neuron", then read what it wrote.
// Headless: scripts/loligo --run scripts/Simulate_HH_Neuron_Example.groovy "current=15,outputDirectory=out"

if (outputDirectory == null)
	outputDirectory = java.nio.file.Files.createTempDirectory("loligo-example-").toFile()

// .get() waits for the run and passes any error on to whoever runs this script.
def module = command.run("org.loligo.scijava.SimulateNeuron", true,
	"model", model, "current", current, "duration", duration,
	"outputDirectory", outputDirectory).get()
spikeCount = module.getOutput("spikeCount")

// spikes.csv has the header neuron,time_ms; take neuron 0's spike times.
def times = new File(outputDirectory, "spikes.csv").readLines().drop(1)
	.collect { it.split(",") }
	.findAll { it[0] == "0" }
	.collect { it[1] as double }
meanIsiMs = times.size() > 1 ? (times[-1] - times[0]) / (times.size() - 1) : Double.NaN

println "Loligo: ${spikeCount} spikes in ${duration} ms, mean ISI ${meanIsiMs} ms; files in ${outputDirectory}"
