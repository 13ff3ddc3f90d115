package dev.clientportal.benchmarks.pdf;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import java.io.ByteArrayOutputStream;

/** Where a thread's rendered bytes go: one reusable buffer per thread, as a servlet response buffer would be. */
@State(Scope.Thread)
public class Sink {

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(256 * 1024);

    /** The buffer, emptied. */
    ByteArrayOutputStream empty() {
        buffer.reset();
        return buffer;
    }
}
