package io.balancepoint.workbench.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Serves files from one classpath folder under one URL prefix (GET and HEAD only): the pages at
 * "/", the UI bundles at "/ui/", AUI at "/ui-vendor/". A path that ends in "/" serves its
 * {@code index.html}. Paths with "." or ".." segments, backslashes or control characters are
 * refused before anything is looked up, and only regular files are served, so nothing outside the
 * folder (and no folder listing) can be reached. Files carry their content type, an ETag and
 * {@code nosniff}; pages and our bundles are revalidated on every load (their names do not change
 * with their content), vendor files (pinned versions) are cached for a day.
 */
public final class StaticFiles implements HttpHandler {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("map", "application/json"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("gif", "image/gif"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("eot", "application/vnd.ms-fontobject"));

    private final String urlPrefix;
    private final String folder;
    private final String cacheControl;
    private final ClassLoader loader;

    /**
     * @param urlPrefix    the context path, ending in "/"
     * @param folder       the classpath folder, without slashes at either end
     * @param cacheControl the Cache-Control header of the files
     */
    public StaticFiles(String urlPrefix, String folder, String cacheControl) {
        this.urlPrefix = urlPrefix;
        this.folder = folder;
        this.cacheControl = cacheControl;
        this.loader = StaticFiles.class.getClassLoader();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "Method not allowed");
                return;
            }
            String path = exchange.getRequestURI().getPath();
            String relative = path.startsWith(urlPrefix) ? path.substring(urlPrefix.length()) : null;
            if (relative == null || !safe(relative)) {
                send(exchange, relative == null ? 404 : 400, relative == null ? "Not found" : "Bad path");
                return;
            }
            if (relative.isEmpty() || relative.endsWith("/")) {
                relative += "index.html";
            }
            byte[] content = read(folder + "/" + relative);
            if (content == null) {
                send(exchange, 404, "Not found");
                return;
            }
            String etag = etag(content);
            exchange.getResponseHeaders().set("ETag", etag);
            exchange.getResponseHeaders().set("Cache-Control", cacheControl);
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            exchange.getResponseHeaders().set("Content-Type", contentType(relative));
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            if (method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Content-Length", Integer.toString(content.length));
                exchange.sendResponseHeaders(200, -1);
                return;
            }
            exchange.sendResponseHeaders(200, content.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(content);
            }
        }
    }

    /** No empty, "." or ".." segment, no backslash or control character, no absolute path. */
    static boolean safe(String relative) {
        if (relative.startsWith("/")) {
            return false;
        }
        for (int i = 0; i < relative.length(); i++) {
            char c = relative.charAt(i);
            if (c == '\\' || c < 0x20 || c == 0x7f || c == ':') {
                return false;
            }
        }
        String[] segments = relative.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if (segment.equals(".") || segment.equals("..") || (segment.isEmpty() && !last)) {
                return false;
            }
        }
        return true;
    }

    static String contentType(String name) {
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }

    /** The bytes of a regular file on the classpath; null for a missing file or a folder. */
    private byte[] read(String resource) throws IOException {
        URL url = loader.getResource(resource);
        if (url == null) {
            return null;
        }
        URLConnection connection = url.openConnection();
        if (connection instanceof JarURLConnection jar) {
            if (jar.getJarEntry() == null || jar.getJarEntry().isDirectory()) {
                return null;
            }
        } else if ("file".equals(url.getProtocol())) {
            try {
                if (!Files.isRegularFile(Path.of(url.toURI()))) {
                    return null;
                }
            } catch (URISyntaxException e) {
                return null;
            }
        }
        try (InputStream in = connection.getInputStream()) {
            return in.readAllBytes();
        }
    }

    private static String etag(byte[] content) {
        CRC32 crc = new CRC32();
        crc.update(content);
        return "\"" + Long.toHexString(crc.getValue()) + "-" + Integer.toHexString(content.length) + "\"";
    }

    private static void send(HttpExchange exchange, int status, String text) throws IOException {
        byte[] body = (text + "\n").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
