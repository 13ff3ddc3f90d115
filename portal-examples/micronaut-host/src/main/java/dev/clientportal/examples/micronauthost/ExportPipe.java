package dev.clientportal.examples.micronauthost;

import io.micronaut.core.annotation.Nullable;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A bounded hand-off of an export's file from the thread that writes it to whichever threads read the response: the
 * {@link #output() output} fills chunks and hands them over a queue of a fixed number of chunks, so memory stays
 * constant whatever the export's size. Unlike {@link java.io.PipedInputStream}, neither end depends on the identity
 * of the other's thread, so the response may be read by a new (virtual) thread for each read.
 * <p>
 * The writer ends the file with {@link Output#close()} (the reader drains every byte, then sees the end) or with
 * {@link Output#fail(Throwable)} (the reader's next read throws, so the transfer is cut off); a reader that closes
 * its end makes the writer's next write throw, also while the writer waits on a full queue.
 */
final class ExportPipe {

    private static final byte[] NONE = new byte[0];

    private final int chunkBytes;
    private final int capacity;
    private final ArrayDeque<byte[]> chunks;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition readable = lock.newCondition();
    private final Condition writable = lock.newCondition();
    private final Output output;
    private final Input input;

    private boolean finished;
    private @Nullable Throwable failure;
    private volatile boolean readerClosed;

    /**
     * An empty pipe.
     *
     * @param chunkBytes the bytes the writer gathers before it hands them over; positive
     * @param chunks     how many full chunks may wait for the reader before the writer waits; positive
     * @throws IllegalArgumentException for a size that is not positive
     */
    ExportPipe(int chunkBytes, int chunks) {
        if (chunkBytes < 1 || chunks < 1) {
            throw new IllegalArgumentException("a pipe needs chunks of at least one byte and room for one chunk, not "
                    + chunks + " of " + chunkBytes);
        }
        this.chunkBytes = chunkBytes;
        this.capacity = chunks;
        this.chunks = new ArrayDeque<>(chunks);
        this.output = new Output();
        this.input = new Input();
    }

    /** The writer's end, for one thread: the file goes in here. */
    Output output() {
        return output;
    }

    /** The reader's end: the file comes out here, read by one thread at a time (not necessarily the same one). */
    Input input() {
        return input;
    }

    /** Whether the writer waits for the reader to take a chunk from the full queue; what tests wait for. */
    boolean writerWaitsForRoom() {
        lock.lock();
        try {
            return lock.hasWaiters(writable);
        } finally {
            lock.unlock();
        }
    }

    private void handOver(byte[] chunk) throws IOException {
        lock.lock();
        try {
            while (!readerClosed && chunks.size() == capacity) {
                awaitOn(writable);
            }
            requireReader();
            chunks.add(chunk);
            readable.signal();
        } finally {
            lock.unlock();
        }
    }

    private void end(@Nullable Throwable cause) {
        lock.lock();
        try {
            finished = true;
            failure = cause;
            if (cause != null) {
                chunks.clear();
            }
            readable.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void requireReader() throws IOException {
        if (readerClosed) {
            throw new IOException("the reader closed the export's stream (the client went away)");
        }
    }

    private static void awaitOn(Condition condition) throws InterruptedIOException {
        try {
            condition.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            InterruptedIOException interrupted = new InterruptedIOException("interrupted while waiting on the pipe");
            interrupted.initCause(e);
            throw interrupted;
        }
    }

    /**
     * The writer's end. Bytes go to the reader a chunk at a time, when a chunk is full and at {@link #close()};
     * {@link #flush()} keeps a partial chunk, so a writer that flushes after every row does not make a chunk of each.
     */
    final class Output extends OutputStream {

        private byte[] buffer = new byte[chunkBytes];
        private int filled;
        private boolean ended;

        private Output() {
        }

        /**
         * Writes one byte, waiting while the queue is full.
         *
         * @throws IOException when the reader has closed its end, the file is ended, or the wait is interrupted
         */
        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        /**
         * Writes the bytes, waiting while the queue is full.
         *
         * @throws IOException when the reader has closed its end, the file is ended, or the wait is interrupted
         *                     ({@link InterruptedIOException}, with the thread's interrupt flag set again)
         */
        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            Objects.checkFromIndexSize(offset, length, bytes.length);
            if (ended) {
                throw new IOException("the export's file is already ended");
            }
            requireReader();
            int at = offset;
            int left = length;
            while (left > 0) {
                int count = Math.min(left, buffer.length - filled);
                System.arraycopy(bytes, at, buffer, filled, count);
                filled += count;
                at += count;
                left -= count;
                if (filled == buffer.length) {
                    handOverBuffer();
                }
            }
        }

        /** Does nothing: a partial chunk goes to the reader when it is full or at {@link #close()}. */
        @Override
        public void flush() {
            // a chunk per flush would make a chunk per row; the reader gets whole chunks
        }

        /**
         * Ends the file: hands over the partial chunk, after which the reader drains everything and sees the end.
         * Nothing happens when the file is already ended.
         *
         * @throws IOException when the reader has closed its end (it never sees the end of the file) or the wait for
         *                     room is interrupted
         */
        @Override
        public void close() throws IOException {
            if (ended) {
                return;
            }
            requireReader();
            if (filled > 0) {
                handOverBuffer();
            }
            ended = true;
            end(null);
        }

        /**
         * Ends the file as failed: what waits for the reader is dropped and the reader's next read throws an
         * {@link IOException} with this cause. Nothing happens when the file is already ended.
         *
         * @param cause why the export stopped
         */
        void fail(Throwable cause) {
            if (ended) {
                return;
            }
            ended = true;
            end(Objects.requireNonNull(cause, "cause"));
        }

        private void handOverBuffer() throws IOException {
            byte[] full = filled == buffer.length ? buffer : Arrays.copyOf(buffer, filled);
            handOver(full);
            buffer = new byte[chunkBytes];
            filled = 0;
        }
    }

    /** The reader's end: the chunks in the order written, then the end of the file, or an error if the export failed. */
    final class Input extends InputStream {

        private byte[] chunk = NONE;
        private int position;

        private Input() {
        }

        /**
         * Reads one byte, waiting for the writer when nothing is ready.
         *
         * @throws IOException when the export failed, this end is closed, or the wait is interrupted
         */
        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        /**
         * Reads what the current chunk holds, up to {@code length} bytes, waiting for the writer when nothing is
         * ready; -1 once the file is ended and drained.
         *
         * @throws IOException when the export failed, this end is closed, or the wait is interrupted
         */
        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            Objects.checkFromIndexSize(offset, length, bytes.length);
            if (length == 0) {
                return 0;
            }
            lock.lock();
            try {
                if (!ready()) {
                    return -1;
                }
                int count = Math.min(length, chunk.length - position);
                System.arraycopy(chunk, position, bytes, offset, count);
                position += count;
                return count;
            } finally {
                lock.unlock();
            }
        }

        /** The bytes of the current chunk, which a read returns without waiting. */
        @Override
        public int available() {
            lock.lock();
            try {
                return failure == null && !readerClosed ? chunk.length - position : 0;
            } finally {
                lock.unlock();
            }
        }

        /** Closes this end: waiting chunks are dropped, and the writer's next write throws. */
        @Override
        public void close() {
            lock.lock();
            try {
                readerClosed = true;
                chunks.clear();
                chunk = NONE;
                writable.signalAll();
                readable.signalAll();
            } finally {
                lock.unlock();
            }
        }

        /** Whether bytes are ready in the current chunk (waiting for the next one); false at the end of the file. */
        private boolean ready() throws IOException {
            while (true) {
                if (failure != null) {
                    throw new IOException("the export failed half-way: " + failure, failure);
                }
                if (readerClosed) {
                    throw new IOException("the export's stream is closed");
                }
                if (position < chunk.length) {
                    return true;
                }
                byte[] next = chunks.poll();
                if (next != null) {
                    chunk = next;
                    position = 0;
                    writable.signal();
                } else if (finished) {
                    return false;
                } else {
                    awaitOn(readable);
                }
            }
        }
    }
}
