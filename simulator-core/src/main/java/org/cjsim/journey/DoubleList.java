package org.cjsim.journey;

import java.util.Arrays;

/** A growable list of doubles. */
final class DoubleList {
    private double[] data = new double[256];
    private int size;

    void add(double v) {
        if (size == data.length) {
            data = Arrays.copyOf(data, size * 2);
        }
        data[size++] = v;
    }

    int size() {
        return size;
    }

    double[] toArray() {
        return Arrays.copyOf(data, size);
    }

    double[] range(int from, int to) {
        return Arrays.copyOfRange(data, from, to);
    }
}
