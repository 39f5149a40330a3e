#@ net.imglib2.img.Img (label = "Weights (pixel x, y = weight from x onto y)", required = false) weights
#@ CommandService command
#@ Integer (label = "Neurons in the chain (without an image)", value = 4, min = 2) neurons
#@ Double (label = "Coupling (mS/cm²)", value = 0.5) coupling
#@ File (label = "Output directory", style = "directory", required = false) outputDirectory
#@output Integer spikeCount
#@output Integer lastNeuronSpikes

// Loligo example (Groovy): a network whose weights are an image. Pixel (x, y) is the weight from
// neuron x onto neuron y (row y = the inputs of neuron y, as in a CSV matrixFile). In Fiji the active
// image is used (e.g. a .tif you opened or drew, 8-, 16- or 32-bit); without one the script draws a
// chain 0 -> 1 -> ... -> N-1 into an ImgLib2 image.
// Headless: scripts/loligo --run scripts/Coupled_Network_Image_Example.groovy "neurons=5"

import net.imglib2.img.array.ArrayImgs

if (weights == null) {
	weights = ArrayImgs.floats(neurons, neurons)
	def access = weights.randomAccess()
	for (i in 0..<(neurons - 1)) {
		access.setPosition([i, i + 1] as long[]) // x = presynaptic i, y = postsynaptic i + 1
		access.get().set(1f)
	}
}
int n = weights.dimension(0)

// Only neuron 0 gets a current; the others fire only through their inputs.
def module = command.run("org.loligo.scijava.CoupledNetworkCommand", true,
	"neurons", n, "topology", "image", "matrixImage", weights, "coupling", coupling,
	"current", 15d, "stimulatedNeurons", "0", "duration", 100d, "seed", 1L,
	"outputDirectory", outputDirectory).get()
spikeCount = module.getOutput("spikeCount")
lastNeuronSpikes = module.getDelegateObject().result().population().spikeTimesOf(n - 1).length

println "Loligo: ${spikeCount} spikes in total, ${lastNeuronSpikes} of them by neuron ${n - 1}"
