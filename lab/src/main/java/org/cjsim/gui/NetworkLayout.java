package org.cjsim.gui;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import org.cjsim.network.SocialNetwork;

/**
 * Positions for drawing the friends-and-family network, in two levels: households are laid out by a
 * force-directed layout (Fruchterman and Reingold, <i>Graph drawing by force-directed placement</i>,
 * Software: Practice and Experience 21(11), 1991) in which two households attract each other once for every
 * friendship between their members, and then each household's members sit on a small circle around its
 * place, so that a household reads as one small cluster held by its family ties. Repulsion is computed on a
 * grid of cells (the paper's grid variant), so that the cost grows with the number of households rather
 * than its square.
 *
 * <p>The layout is computed once per run, from its own random generator: it never touches the model's
 * random streams.
 */
public final class NetworkLayout {
    private static final int ITERATIONS = 300;
    private static final double GRAVITY = 0.03;

    private final double size;
    private final double[] x;
    private final double[] y;

    private NetworkLayout(double size, double[] x, double[] y) {
        this.size = size;
        this.x = x;
        this.y = y;
    }

    /**
     * Lays out {@code network} in the square {@code [0, size] x [0, size]}.
     *
     * @param network the network to draw (the mixed network has no ties: its people are spread evenly)
     * @param size side of the square, in field units
     * @param seed seed of the layout's own random generator
     */
    public static NetworkLayout of(SocialNetwork network, double size, long seed) {
        int n = network.size();
        MersenneTwisterFast random = new MersenneTwisterFast(seed);
        int households = network.isMixed() ? n : network.households();
        int[] householdOf = new int[n];
        int[] members = new int[households];
        for (int i = 0; i < n; i++) {
            householdOf[i] = network.isMixed() ? i : network.household(i);
            members[householdOf[i]]++;
        }
        int[][] ties = ties(network);
        int friendships = 0;
        for (int[] t : ties) {
            friendships += 1 - t[2];
        }
        int[] from = new int[friendships];
        int[] to = new int[friendships];
        int f = 0;
        for (int[] t : ties) {
            if (t[2] == 0) {
                from[f] = householdOf[t[0]];
                to[f] = householdOf[t[1]];
                f++;
            }
        }
        double[] hx = new double[households];
        double[] hy = new double[households];
        for (int h = 0; h < households; h++) {
            hx[h] = size * (0.1 + 0.8 * random.nextDouble());
            hy[h] = size * (0.1 + 0.8 * random.nextDouble());
        }
        if (households > 1) {
            relax(from, to, size, random, hx, hy);
        }
        double[] x = new double[n];
        double[] y = new double[n];
        place(householdOf, members, size, random, hx, hy, x, y);
        fit(size, x, y);
        return new NetworkLayout(size, x, y);
    }

    /** Side of the square. */
    public double size() {
        return size;
    }

    /** Number of people laid out. */
    public int people() {
        return x.length;
    }

    public double x(int i) {
        return x[i];
    }

    public double y(int i) {
        return y[i];
    }

    /**
     * The ties as {from, to, 1 if family else 0} triples, each once, from the lower index; a friendship
     * between members of one household is drawn as their family tie.
     */
    static int[][] ties(SocialNetwork network) {
        if (network.isMixed()) {
            return new int[0][];
        }
        int n = network.size();
        int count = 0;
        for (int i = 0; i < n; i++) {
            count += network.familyTies(i) + network.friendTies(i);
        }
        int[][] ties = new int[count][];
        int t = 0;
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < network.familyTies(i); k++) {
                int j = network.familyMember(i, k);
                if (i < j) {
                    ties[t++] = new int[] {i, j, 1};
                }
            }
            for (int k = 0; k < network.friendTies(i); k++) {
                int j = network.friend(i, k);
                if (i < j && network.household(i) != network.household(j)) {
                    ties[t++] = new int[] {i, j, 0};
                }
            }
        }
        return Arrays.copyOf(ties, t);
    }

    /** Fruchterman-Reingold over the households, with a weak pull to the centre for unlinked ones. */
    private static void relax(int[] from, int[] to, double size, MersenneTwisterFast random, double[] x, double[] y) {
        int n = x.length;
        double k = Math.sqrt(size * size / n);
        double reach = 2 * k;
        int cells = Math.max(1, (int) Math.ceil(size / reach));
        int[] head = new int[cells * cells];
        int[] next = new int[n];
        double[] dx = new double[n];
        double[] dy = new double[n];
        double centre = size / 2;
        double hot = size / 8;
        for (int it = 0; it < ITERATIONS; it++) {
            Arrays.fill(head, -1);
            for (int i = 0; i < n; i++) {
                int c = cell(x[i], reach, cells) * cells + cell(y[i], reach, cells);
                next[i] = head[c];
                head[c] = i;
                dx[i] = -GRAVITY * (x[i] - centre);
                dy[i] = -GRAVITY * (y[i] - centre);
            }
            for (int i = 0; i < n; i++) {
                int cx = cell(x[i], reach, cells);
                int cy = cell(y[i], reach, cells);
                for (int a = Math.max(0, cx - 1); a <= Math.min(cells - 1, cx + 1); a++) {
                    for (int b = Math.max(0, cy - 1); b <= Math.min(cells - 1, cy + 1); b++) {
                        for (int j = head[a * cells + b]; j >= 0; j = next[j]) {
                            if (j == i) {
                                continue;
                            }
                            double ex = x[i] - x[j];
                            double ey = y[i] - y[j];
                            double d2 = ex * ex + ey * ey;
                            if (d2 < 1e-12) {
                                ex = (random.nextDouble() - 0.5) * 1e-3;
                                ey = (random.nextDouble() - 0.5) * 1e-3;
                                d2 = ex * ex + ey * ey;
                            }
                            if (d2 < reach * reach) {
                                // repulsion k^2 / d along the unit vector e / d
                                double f = k * k / d2;
                                dx[i] += ex * f;
                                dy[i] += ey * f;
                            }
                        }
                    }
                }
            }
            for (int t = 0; t < from.length; t++) {
                int i = from[t];
                int j = to[t];
                if (i == j) {
                    continue;
                }
                double ex = x[i] - x[j];
                double ey = y[i] - y[j];
                // attraction d^2 / k along the unit vector e / d
                double f = Math.sqrt(ex * ex + ey * ey) / k;
                dx[i] -= ex * f;
                dy[i] -= ey * f;
                dx[j] += ex * f;
                dy[j] += ey * f;
            }
            double temperature = hot * (1 - (double) it / ITERATIONS) + k * 0.01;
            for (int i = 0; i < n; i++) {
                double len = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
                if (len > 0) {
                    double step = Math.min(len, temperature) / len;
                    x[i] = Math.max(0, Math.min(size, x[i] + dx[i] * step));
                    y[i] = Math.max(0, Math.min(size, y[i] + dy[i] * step));
                }
            }
        }
    }

    private static int cell(double v, double reach, int cells) {
        return Math.max(0, Math.min(cells - 1, (int) (v / reach)));
    }

    /** Members on a circle around their household's place, its radius growing with the household. */
    private static void place(
            int[] householdOf,
            int[] members,
            double size,
            MersenneTwisterFast random,
            double[] hx,
            double[] hy,
            double[] x,
            double[] y) {
        double k = Math.sqrt(size * size / Math.max(1, hx.length));
        double[] turn = new double[hx.length];
        for (int h = 0; h < turn.length; h++) {
            turn[h] = 2 * Math.PI * random.nextDouble();
        }
        int[] seat = new int[hx.length];
        for (int i = 0; i < x.length; i++) {
            int h = householdOf[i];
            int m = members[h];
            double radius = m == 1 ? 0 : Math.min(0.3, 0.12 * Math.sqrt(m)) * k;
            double angle = turn[h] + 2 * Math.PI * seat[h]++ / m;
            x[i] = hx[h] + radius * Math.cos(angle);
            y[i] = hy[h] + radius * Math.sin(angle);
        }
    }

    /** Scales and centres the drawing to fill the square with a margin, keeping its proportions. */
    private static void fit(double size, double[] x, double[] y) {
        int n = x.length;
        if (n == 0) {
            return;
        }
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            minX = Math.min(minX, x[i]);
            maxX = Math.max(maxX, x[i]);
            minY = Math.min(minY, y[i]);
            maxY = Math.max(maxY, y[i]);
        }
        double margin = size * 0.04;
        double span = Math.max(maxX - minX, maxY - minY);
        double scale = span > 0 ? (size - 2 * margin) / span : 0;
        double offsetX = (size - (maxX - minX) * scale) / 2;
        double offsetY = (size - (maxY - minY) * scale) / 2;
        for (int i = 0; i < n; i++) {
            x[i] = offsetX + (x[i] - minX) * scale;
            y[i] = offsetY + (y[i] - minY) * scale;
        }
    }
}
