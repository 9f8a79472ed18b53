package uk.co.goldenthread;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One visitor's browser over real HTTP: keeps its cookies (the session cookie is Secure, which the JDK's cookie
 * manager would not send to http://localhost, though browsers do), never follows redirects, and can come from a given
 * address through the trusted proxy header (server.forward-headers-strategy=native trusts loopback proxies).
 */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_PARAMETER = Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"");
    // in the page's initial UIDL (vaadin.eagerServerLoad), which may sit in a JSON string with its quotes escaped
    private static final Pattern UI_ID = Pattern.compile("\\\\?\"v-uiId\\\\?\"\\s*:\\s*(\\d+)");
    private static final Pattern UI_TOKEN = Pattern.compile(
            "\\\\?\"Vaadin-Security-Key\\\\?\"\\s*:\\s*\\\\?\"([^\"\\\\]+)\\\\?\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final int port;
    private final String address;
    private String loginPage = "";

    public WebSession(int port) {
        this(port, "127.0.0.1");
    }

    public WebSession(int port, String address) {
        this.port = port;
        this.address = address;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    public HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Opens the login page as a browser does and posts the form with the token the page carries. */
    public HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
        String page = get("/login").body();
        loginPage = page;
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", username);
        form.put("password", password);
        Matcher token = CSRF.matcher(page);
        Matcher parameter = CSRF_PARAMETER.matcher(page);
        if (token.find() && parameter.find()) {
            form.put(parameter.group(1), token.group(1));
        }
        return post("/login", form);
    }

    /**
     * What a browser does as it leaves the login page for the next (Vaadin 24.1 and later, on "pagehide"): it tells
     * the server with a beacon that the page's UI is gone, and the server closes that UI at once rather than after
     * three missed heartbeats. The beacon's HTTP status, or -1 when the page held no UI to close (no initial UIDL).
     */
    public int leaveLoginPage() throws IOException, InterruptedException {
        return leave(loginPage);
    }

    /** The same beacon as the browser leaves a screen it was given (the page's HTML), closing that screen's UI. */
    public int leave(String page) throws IOException, InterruptedException {
        Matcher ui = UI_ID.matcher(page);
        Matcher token = UI_TOKEN.matcher(page);
        if (!ui.find() || !token.find()) {
            return -1;
        }
        String beacon = "{\"csrfToken\":\"" + token.group(1) + "\",\"rpc\":[],\"syncId\":0,\"clientId\":0,"
                + "\"UNLOAD\":true}";
        return send(request("/?v-r=uidl&v-uiId=" + ui.group(1)).header("Content-Type", "text/plain;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(beacon))).statusCode();
    }

    /** Whether this visitor is signed in: the home page is served rather than a redirect to the login page. */
    public boolean signedIn() throws IOException, InterruptedException {
        return get("/").statusCode() == 200;
    }

    public String sessionId() {
        return cookies.get("JSESSIONID");
    }

    private HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("X-Forwarded-For", address);
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String setCookie : response.headers().allValues("Set-Cookie")) {
            String pair = setCookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            String name = pair.substring(0, eq).strip();
            String value = pair.substring(eq + 1).strip();
            if (value.isEmpty() || setCookie.toLowerCase().contains("max-age=0")) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        return response;
    }
}
