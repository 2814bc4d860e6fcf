package util;

import java.util.IllformedLocaleException;
import java.util.InvalidPropertiesFormatException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TooManyListenersException;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.StreamSupport;

public class StreamSupportSuppliers {
    public static void main(String[] a) {
        int[] calls = {0};
        IntStream is = StreamSupport.intStream(() -> { calls[0]++; return Spliterators.spliterator(new int[]{3, 1, 2}, Spliterator.ORDERED); }, Spliterator.SIZED | Spliterator.ORDERED, false);
        System.out.println("before terminal: " + calls[0]);
        System.out.println(is.map(x -> x * 10).boxed().collect(Collectors.toList()) + " calls=" + calls[0]);
        System.out.println(StreamSupport.longStream(() -> LongStream.rangeClosed(1, 5).spliterator(), Spliterator.SIZED, false).sum());
        System.out.println(StreamSupport.doubleStream(() -> DoubleStream.of(1.5, 2.5).spliterator(), 0, false).average().getAsDouble());
        Spliterator.OfInt sp = StreamSupport.intStream(() -> IntStream.range(0, 8).spliterator(), Spliterator.SIZED, false).spliterator();
        System.out.println(sp.estimateSize() + " " + Integer.toHexString(sp.characteristics()));
        try { throw new IllformedLocaleException("bad tag", 3); } catch (IllformedLocaleException e) { System.out.println(e.getMessage() + " " + e.getErrorIndex()); }
        System.out.println(new IllformedLocaleException("x").getErrorIndex() + " " + new InvalidPropertiesFormatException(new RuntimeException("boom")).getMessage() + " " + new InvalidPropertiesFormatException("m").getMessage() + " " + new TooManyListenersException("t").getMessage() + " " + (new InvalidPropertiesFormatException("x") instanceof java.io.IOException));
    }
}
