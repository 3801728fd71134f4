package org.cjsim.params;

/** The generator of the friendship layer of the friends-and-family network. */
public enum NetworkType implements Labelled {
    /** Watts-Strogatz ring lattice with rewiring: clustered, short paths (Watts & Strogatz 1998). */
    SMALL_WORLD("small-world"),
    /** Preferential attachment: a few people with many friends (Barabasi & Albert 1999). */
    BARABASI_ALBERT("barabasi-albert"),
    /** Uniformly random ties with the given mean degree (Erdos & Renyi 1959). */
    ERDOS_RENYI("erdos-renyi"),
    /** Everyone reaches everyone with equal probability and no households: the mean-field case of the Bass model. */
    MIXED("mixed");

    private final String label;

    NetworkType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
