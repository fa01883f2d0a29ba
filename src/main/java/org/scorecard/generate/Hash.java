package org.scorecard.generate;

/**
 * Deterministic pseudo-random numbers from a seed and any keys (SplitMix64 finaliser), so that every
 * figure can be recomputed on demand instead of being kept in memory.
 */
final class Hash {

	private Hash() {
	}

	static long mix(long seed, long... keys) {
		long h = seed * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L;
		for (long key : keys) {
			h = finalise(h ^ (key + 0x9E3779B97F4A7C15L + (h << 6) + (h >>> 2)));
		}
		return finalise(h);
	}

	/** A number in [0, 1). */
	static double unit(long seed, long... keys) {
		return (mix(seed, keys) >>> 11) * 0x1.0p-53;
	}

	/** A number in [-1, 1). */
	static double signed(long seed, long... keys) {
		return 2 * unit(seed, keys) - 1;
	}

	private static long finalise(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

}
