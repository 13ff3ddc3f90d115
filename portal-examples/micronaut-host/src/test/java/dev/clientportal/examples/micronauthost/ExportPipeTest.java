package dev.clientportal.examples.micronauthost;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The export's pipe: everything written arrives in order and then the end, read by a new thread each time; a failed
 * export cuts the reader off; a reader that closes stops the writer, also one waiting on a full queue; the writer
 * waits while the queue is full and can be interrupted there.
 */
class ExportPipeTest {

    /** Only bounds a wait that a broken pipe would make endless; no test measures time. */
    private static final long HANG_GUARD_SECONDS = 60;

    @Test
    void everythingWritten_arrivesInOrder_thenTheEnd_evenWhenEachReadRunsOnANewThread() throws Exception {
        ExportPipe pipe = new ExportPipe(7, 2);
        byte[] file = new byte[1000];
        for (int i = 0; i < file.length; i++) {
            file[i] = (byte) i;
        }
        Writing writing = Writing.start(() -> {
            OutputStream out = pipe.output();
            out.write(file, 0, 500);
            for (int i = 500; i < file.length; i++) {
                out.write(file[i]);
            }
            out.close();
        });

        ByteArrayOutputStream read = new ByteArrayOutputStream();
        byte[] buffer = new byte[64];
        int count;
        while ((count = onANewThread(() -> pipe.input().read(buffer))) >= 0) {
            read.write(buffer, 0, count);
        }

        writing.finished();
        assertThat(read.toByteArray()).isEqualTo(file);
        assertThat(pipe.input().read()).as("the end stays the end").isEqualTo(-1);
    }

    @Test
    void aFailedExport_makesTheReadersNextRead_throw_evenInTheMiddleOfAChunk() throws IOException {
        ExportPipe pipe = new ExportPipe(4, 2);
        pipe.output().write(new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        InputStream input = pipe.input();
        assertThat(input.read()).isEqualTo(1);

        IllegalStateException cause = new IllegalStateException("the database went away");
        pipe.output().fail(cause);

        assertThatThrownBy(input::read).isInstanceOf(IOException.class).hasCause(cause);
        assertThatThrownBy(() -> pipe.output().write(9)).as("a failed file takes no more bytes")
                .isInstanceOf(IOException.class);
    }

    @Test
    void aClosedReader_makesTheWritersNextWrite_throw() throws IOException {
        ExportPipe pipe = new ExportPipe(4, 2);
        pipe.output().write(new byte[] {1, 2});

        pipe.input().close();

        assertThatThrownBy(() -> pipe.output().write(3)).isInstanceOf(IOException.class)
                .hasMessageContaining("client went away");
        assertThatThrownBy(() -> pipe.output().close()).as("the reader never sees the end")
                .isInstanceOf(IOException.class);
    }

    @Test
    void aReaderThatClosesWhileTheQueueIsFull_releasesTheWaitingWriter_withAnError() throws Exception {
        ExportPipe pipe = new ExportPipe(4, 1);
        Writing writing = Writing.start(() -> pipe.output().write(new byte[12]));
        writing.untilWaitingForRoomIn(pipe);

        pipe.input().close();

        assertThat(writing.failure()).isInstanceOf(IOException.class).hasMessageContaining("client went away");
    }

    @Test
    void theWriterWaits_whileTheQueueIsFull_andGoesOn_asTheReaderTakesChunks() throws Exception {
        ExportPipe pipe = new ExportPipe(4, 1);
        AtomicInteger handedOver = new AtomicInteger();
        Writing writing = Writing.start(() -> {
            OutputStream out = pipe.output();
            for (int i = 0; i < 3; i++) {
                out.write(new byte[] {(byte) i, (byte) i, (byte) i, (byte) i});
                handedOver.incrementAndGet();
            }
            out.close();
        });
        writing.untilWaitingForRoomIn(pipe);
        assertThat(handedOver).as("one chunk fills the queue, the second waits").hasValue(1);

        byte[] all = pipe.input().readAllBytes();

        writing.finished();
        assertThat(all).containsExactly(0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2);
    }

    @Test
    void aWriterWaitingForRoom_canBeInterrupted() throws Exception {
        ExportPipe pipe = new ExportPipe(4, 1);
        AtomicBoolean stillInterrupted = new AtomicBoolean();
        Writing writing = Writing.start(() -> {
            try {
                pipe.output().write(new byte[8]);
            } finally {
                stillInterrupted.set(Thread.currentThread().isInterrupted());
            }
        });
        writing.untilWaitingForRoomIn(pipe);

        writing.thread.interrupt();

        assertThat(writing.failure()).isInstanceOf(InterruptedIOException.class);
        assertThat(stillInterrupted).as("the interrupt is kept for the writer's caller").isTrue();
    }

    @Test
    void aPipeWithoutRoom_isRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ExportPipe(0, 16));
        assertThatIllegalArgumentException().isThrownBy(() -> new ExportPipe(8192, 0));
    }

    private static int onANewThread(IoTask<Integer> read) throws Exception {
        CompletableFuture<Integer> result = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                result.complete(read.run());
            } catch (IOException | RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        reader.start();
        return result.get(HANG_GUARD_SECONDS, TimeUnit.SECONDS);
    }

    /** A piece of work that may throw an {@link IOException}. */
    @FunctionalInterface
    private interface IoTask<T> {
        T run() throws IOException;
    }

    /** What a writer thread does, on a thread of its own. */
    @FunctionalInterface
    private interface WriterWork {
        void run() throws IOException;
    }

    /** A writer thread and how it ended. */
    private static final class Writing {

        private final Thread thread;
        private final CompletableFuture<Void> ended = new CompletableFuture<>();

        private Writing(WriterWork work) {
            this.thread = new Thread(() -> {
                try {
                    work.run();
                    ended.complete(null);
                } catch (IOException | RuntimeException e) {
                    ended.completeExceptionally(e);
                }
            });
        }

        static Writing start(WriterWork work) {
            Writing writing = new Writing(work);
            writing.thread.start();
            return writing;
        }

        /** Returns once the writer waits for room in the pipe's queue; fails when it ended instead. */
        void untilWaitingForRoomIn(ExportPipe pipe) {
            while (!pipe.writerWaitsForRoom() && !ended.isDone()) {
                Thread.onSpinWait();
            }
            assertThat(ended).as("the writer waits rather than ending").isNotDone();
        }

        void finished() throws Exception {
            ended.get(HANG_GUARD_SECONDS, TimeUnit.SECONDS);
        }

        Throwable failure() throws InterruptedException, TimeoutException {
            try {
                ended.get(HANG_GUARD_SECONDS, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                return e.getCause();
            }
            throw new AssertionError("the writer ended without an error");
        }
    }
}
