package dev.inviteledger.bench;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToLongFunction;

/** The median the measuring mains print (the upper middle of an even count, as they always have). */
final class Medians {
    private Medians() {}

    static <T> long of(List<T> samples, ToLongFunction<T> value) {
        long[] v = samples.stream().mapToLong(value).toArray();
        Arrays.sort(v);
        return v[v.length / 2];
    }
}
