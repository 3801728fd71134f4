package org.cjsim.journey;

import java.util.Arrays;

/** A growable list of ints, reused day after day to avoid allocation on the hot paths. */
final class IntBuffer {
    private int[] data = new int[256];
    private int size;

    void clear() {
        size = 0;
    }

    void add(int v) {
        if (size == data.length) {
            data = Arrays.copyOf(data, size * 2);
        }
        data[size++] = v;
    }

    int size() {
        return size;
    }

    int get(int k) {
        return data[k];
    }
}
