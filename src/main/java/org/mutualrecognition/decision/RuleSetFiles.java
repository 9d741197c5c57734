package org.mutualrecognition.decision;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The source files of one rule-set version: everything under {@code rules/} and {@code decision-tables/}
 * (DRL, spreadsheet tables, DMN models and the reference data), keyed by their path relative to the project root.
 * The version is a sha256 over the sorted paths and contents, so the same files always give the same version.
 */
public final class RuleSetFiles {

    public static final String[] ROOTS = {"rules", "decision-tables"};

    private final Map<String, byte[]> files;
    private final String version;

    public RuleSetFiles(Map<String, byte[]> files) {
        this.files = Collections.unmodifiableMap(new TreeMap<>(files));
        this.version = "sha256:" + hash(this.files);
    }

    public Map<String, byte[]> files() {
        return files;
    }

    public String version() {
        return version;
    }

    public String text(String path) {
        byte[] content = files.get(path);
        if (content == null) {
            throw new IllegalArgumentException("rule set has no file " + path);
        }
        return new String(content, StandardCharsets.UTF_8);
    }

    public Stream<String> paths(String suffix) {
        return files.keySet().stream().filter(p -> p.endsWith(suffix));
    }

    /** Reads the rule set packaged on the class path (the build copies rules/ and decision-tables/ there). */
    public static RuleSetFiles fromClasspath() {
        Map<String, byte[]> files = new TreeMap<>();
        for (String root : ROOTS) {
            files.putAll(classpathFolder(root));
        }
        return new RuleSetFiles(files);
    }

    /** Every file below a class-path folder, keyed {@code root/relative/path} (a directory or a jar alike). */
    public static Map<String, byte[]> classpathFolder(String root) {
        Map<String, byte[]> files = new TreeMap<>();
        URL url = Thread.currentThread().getContextClassLoader().getResource(root);
        if (url == null) {
            return files;
        }
        try {
            if ("jar".equals(url.getProtocol())) {
                readJar(url, root, files);
            } else {
                readDirectory(Path.of(url.toURI()), root, files);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }

    /** Reads {@code rules/} and {@code decision-tables/} below a project folder (the policy officer's working copy). */
    public static RuleSetFiles fromDirectory(Path projectRoot) {
        Map<String, byte[]> files = new TreeMap<>();
        for (String root : ROOTS) {
            Path dir = projectRoot.resolve(root);
            if (Files.isDirectory(dir)) {
                try {
                    readDirectory(dir, root, files);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return new RuleSetFiles(files);
    }

    private static void readDirectory(Path dir, String root, Map<String, byte[]> files) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String relative = dir.relativize(p).toString().replace('\\', '/');
                files.put(root + "/" + relative, Files.readAllBytes(p));
            }
        }
    }

    private static void readJar(URL url, String root, Map<String, byte[]> files) throws IOException {
        JarURLConnection connection = (JarURLConnection) url.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
            for (JarEntry entry : Collections.list(jar.entries())) {
                if (!entry.isDirectory() && entry.getName().startsWith(root + "/")) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        files.put(entry.getName(), in.readAllBytes());
                    }
                }
            }
        }
    }

    /** sha256 over the files' paths and contents, in the map's order (callers pass sorted maps). */
    static String hash(Map<String, byte[]> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                digest.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(e.getValue());
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
