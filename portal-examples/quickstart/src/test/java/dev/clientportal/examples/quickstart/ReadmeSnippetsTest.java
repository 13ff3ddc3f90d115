package dev.clientportal.examples.quickstart;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compiles every {@code ```java} block of the README against the SDK on the test classpath, so the README's code is
 * the API as it is. Each block becomes the body of a method; the variables and helpers it assumes (a portal, an
 * owner, a servlet response, …) are declared in an HTML comment {@code <!-- snippet-context: … -->} right above the
 * block, in plain Java, and become members of the wrapping class. Imports are every package of the SDK plus the usual
 * {@code java.*} packages. A block whose first line says {@value #NOT_COMPILED} (host framework code whose framework
 * is not on this classpath) is skipped, and the skipped set is pinned here so it stays small.
 */
class ReadmeSnippetsTest {

    static final String NOT_COMPILED = "not compiled by ReadmeSnippetsTest";

    private static final Pattern BLOCK = Pattern.compile(
            "(?:<!-- snippet-context:(?<context>.*?)-->\\s*\\n)?```java\\n(?<code>.*?)\\n```", Pattern.DOTALL);
    private static final List<String> JAVA_IMPORTS = List.of("java.io", "java.math", "java.net", "java.nio.file",
            "java.time", "java.util", "java.util.function");

    private static String readme;

    @TempDir
    Path classes;

    @BeforeAll
    static void readTheReadme() throws IOException {
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null && !Files.exists(directory.resolve("README.md"))) {
            directory = directory.getParent();
        }
        assertThat(directory).as("a README.md above " + Path.of("").toAbsolutePath()).isNotNull();
        readme = Files.readString(directory.resolve("README.md"));
    }

    @Test
    void everyJavaSnippetInTheReadmeCompiles() {
        List<Snippet> snippets = snippets(readme);
        List<Snippet> compiled = snippets.stream().filter(snippet -> !snippet.notCompiled()).toList();

        assertThat(compiled).as("README java snippets to compile").hasSizeGreaterThanOrEqualTo(5);
        assertThat(compile(compiled)).as("compiler errors in README snippets").isEmpty();
    }

    @Test
    void onlyTheSpringSnippetsAreLeftUncompiled() {
        List<String> skipped = snippets(readme).stream().filter(Snippet::notCompiled)
                .map(snippet -> snippet.code().lines().skip(1).findFirst().orElse("").strip()).toList();

        assertThat(skipped).containsExactly("@Scheduled(fixedDelay = 5_000)",
                "final class SpringTransactions implements TransactionRunner {");
    }

    @Test
    void aSnippetThatDoesNotMatchTheApiFailsToCompile() {
        String planted = """
                <!-- snippet-context: ClientPortal portal; StaffPrincipal owner; -->
                ```java
                Invoice invoice = portal.invoicing().issueEverything(owner);
                ```
                """;

        List<String> errors = compile(snippets(planted));

        assertThat(errors).singleElement().asString().contains("README line 3", "issueEverything");
    }

    @Test
    void aSnippetUsingAVariableNobodyDeclaredFailsToCompile() {
        String planted = """
                ```java
                boolean untampered = portal.audit().verify(owner).intact();
                ```
                """;

        assertThat(compile(snippets(planted))).isNotEmpty().allSatisfy(error ->
                assertThat(error).contains("README line 2", "cannot find symbol"));
    }

    private record Snippet(int line, String context, String code) {

        boolean notCompiled() {
            return code.lines().findFirst().orElse("").contains(NOT_COMPILED);
        }

        String className() {
            return "ReadmeSnippetAtLine" + line;
        }
    }

    private static List<Snippet> snippets(String markdown) {
        List<Snippet> snippets = new ArrayList<>();
        Matcher matcher = BLOCK.matcher(markdown);
        while (matcher.find()) {
            int codeStart = matcher.start("code");
            int line = (int) markdown.substring(0, codeStart).chars().filter(c -> c == '\n').count() + 1;
            String context = matcher.group("context") == null ? "" : matcher.group("context");
            snippets.add(new Snippet(line, context, matcher.group("code")));
        }
        return snippets;
    }

    /** Compiles the snippets in one task and answers the errors, each with the README line it points at. */
    private List<String> compile(List<Snippet> snippets) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        assertThat(compiler).as("a JDK compiler").isNotNull();
        String preamble = preamble();
        int preambleLines = (int) preamble.lines().count();
        List<JavaFileObject> sources = new ArrayList<>();
        for (Snippet snippet : snippets) {
            // the context goes on the class line, so the code's first line is preamble + 2
            String source = preamble + "abstract class " + snippet.className() + " { " + snippet.context().strip()
                    .replace('\n', ' ') + "\nvoid snippet() throws Exception {\n" + snippet.code() + "\n}\n}\n";
            sources.add(new SimpleJavaFileObject(URI.create("string:///" + snippet.className() + ".java"),
                    JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return source;
                }
            });
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-d",
                classes.toString(), "-proc:none", "-Xlint:none", "-encoding", "UTF-8");
        compiler.getTask(null, null, diagnostics, options, null, sources).call();
        List<String> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
            if (diagnostic.getKind() != Diagnostic.Kind.ERROR) {
                continue;
            }
            String name = diagnostic.getSource() == null ? "" : diagnostic.getSource().getName();
            Snippet snippet = snippets.stream().filter(s -> name.endsWith(s.className() + ".java")).findFirst()
                    .orElseThrow(() -> new AssertionError(diagnostic.toString()));
            long codeLine = diagnostic.getLineNumber() - preambleLines - 3;
            String where = codeLine < 0 ? "its snippet-context above README line " + snippet.line()
                    : "README line " + (snippet.line() + codeLine);
            errors.add(where + ": " + diagnostic.getMessage(Locale.ENGLISH));
        }
        return errors;
    }

    /** Wildcard imports of every SDK package on the classpath and the usual JDK packages, one per line. */
    private static String preamble() {
        Set<String> packages = new TreeSet<>();
        Set<String> staticImports = new TreeSet<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            for (String classFile : classFiles(Path.of(entry))) {
                if (!classFile.startsWith("dev/clientportal/") || classFile.startsWith("dev/clientportal/examples/")
                        || classFile.endsWith("package-info.class") || classFile.endsWith("module-info.class")) {
                    continue;
                }
                String type = classFile.substring(0, classFile.length() - ".class".length()).replace('/', '.');
                packages.add(type.substring(0, type.lastIndexOf('.')));
                if (type.endsWith(".CurrencyUnit")) {
                    staticImports.add(type);   // USD, EUR, … read as the README writes them
                }
            }
        }
        assertThat(packages).as("SDK packages on the test classpath").contains("dev.clientportal.pdf");
        return Stream.of(JAVA_IMPORTS.stream(), packages.stream(),
                        staticImports.stream().map(type -> "static " + type))
                .flatMap(stream -> stream).map(name -> "import " + name + ".*;\n").collect(Collectors.joining());
    }

    private static List<String> classFiles(Path entry) {
        if (Files.isDirectory(entry)) {
            try (Stream<Path> files = Files.walk(entry)) {
                return files.filter(file -> file.toString().endsWith(".class"))
                        .map(file -> entry.relativize(file).toString().replace(File.separatorChar, '/')).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (!entry.toString().endsWith(".jar") || !Files.exists(entry)) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        try (ZipFile jar = new ZipFile(entry.toFile())) {
            Enumeration<? extends ZipEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                if (name.endsWith(".class")) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
