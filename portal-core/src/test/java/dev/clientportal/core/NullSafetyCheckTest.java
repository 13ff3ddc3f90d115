package dev.clientportal.core;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The nullness check of the build catches what it is there for: javac run with the Error Prone and NullAway options
 * of core's own compilation (the plugin argument and {@code .mvn/jvm.config} are handed over by the build) rejects a
 * planted dereference of a {@code @Nullable} return, and accepts the same code once it checks for null.
 */
class NullSafetyCheckTest {

    private static final long COMPILE_TIMEOUT_SECONDS = 180;

    @Test
    void dereferencingANullableReturn_failsTheCompilation() throws Exception {
        Compilation compilation = compile("NullableDereference.java");

        assertThat(compilation.exitCode()).as(compilation.output()).isNotZero();
        assertThat(compilation.output()).contains("[NullAway] dereferenced expression nickname(name) is @Nullable");
    }

    @Test
    void theSameCodeWithANullCheck_compiles() throws Exception {
        Compilation compilation = compile("CheckedDereference.java");

        assertThat(compilation.exitCode()).as(compilation.output()).isZero();
        assertThat(compilation.output()).doesNotContain("NullAway");
    }

    private static Compilation compile(String plantedSource) throws IOException, InterruptedException,
            URISyntaxException {
        String plugin = requiredProperty("nullaway.plugin");
        Path jvmConfig = Path.of(requiredProperty("nullaway.jvmConfig"));
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        URL source = Objects.requireNonNull(NullSafetyCheckTest.class.getResource("/nullaway/" + plantedSource),
                plantedSource);
        Path out = Files.createTempDirectory("nullaway-check");
        Path log = out.resolve("javac.log");

        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "javac").toString());
        // the javac JVM needs the compiler internals Error Prone uses, exactly as Maven's JVM gets them
        for (String line : Files.readAllLines(jvmConfig, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                command.add("-J" + line.strip().replaceFirst("\\s+", "="));
            }
        }
        command.addAll(List.of("--release", "17", "-XDcompilePolicy=simple", "--should-stop=ifError=FLOW",
                "-processorpath", classPath, "-classpath", classPath, "-d", out.resolve("classes").toString(),
                plugin, Path.of(source.toURI()).toString()));
        Process javac = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!javac.waitFor(COMPILE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            javac.destroyForcibly();
            throw new AssertionError("javac did not finish within " + COMPILE_TIMEOUT_SECONDS + " s");
        }
        return new Compilation(javac.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private static String requiredProperty(String name) {
        String value = System.getProperty(name);
        assertThat(value).as("system property %s, set by the build (portal-core/pom.xml, surefire)", name)
                .isNotBlank();
        return value;
    }

    private record Compilation(int exitCode, String output) {
    }
}
