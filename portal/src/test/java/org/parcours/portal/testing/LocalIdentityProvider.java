package org.parcours.portal.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The real local OpenID Connect provider (Keycloak, started by {@code bin/idp}) that every
 * integration test signs in through. Started on first use when it is not already running, and
 * stopped when the test JVM ends if this class started it.
 */
public final class LocalIdentityProvider {

  public static final String ISSUER = "http://127.0.0.1:8180/realms/parcours";
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static boolean checked;

  private LocalIdentityProvider() {}

  /** Makes sure the provider answers, starting it if needed. */
  public static synchronized void ensureRunning() {
    if (checked) {
      return;
    }
    if (!answers()) {
      Path script = Path.of("..", "bin", "idp").toAbsolutePath().normalize();
      run(script.toString(), "start");
      Runtime.getRuntime()
          .addShutdownHook(new Thread(() -> run(script.toString(), "stop"), "idp-stop"));
    }
    checked = true;
  }

  /** An access token of a demo user, as {@code bin/token} gets it. */
  public static String accessToken(String user) {
    return token("parcours-cli", user);
  }

  /** An access token that expires two seconds after it is issued. */
  public static String shortLivedToken(String user) {
    return token("parcours-cli-short-lived", user);
  }

  /** An access token of a partner's API client, by the OAuth2 client-credentials grant. */
  public static String clientToken(String client, String secret) {
    return token(
        Map.of("grant_type", "client_credentials", "client_id", client, "client_secret", secret),
        client);
  }

  private static String token(String client, String user) {
    return token(
        Map.of(
            "grant_type", "password",
            "client_id", client,
            "scope", "openid",
            "username", user,
            "password", user),
        user);
  }

  private static String token(Map<String, String> form, String who) {
    ensureRunning();
    String body =
        form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(ISSUER + "/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("provider refused " + who + ": " + response.body());
      }
      return Json.parse(response.body()).getString("access_token");
    } catch (IOException e) {
      throw new IllegalStateException("provider unreachable", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static boolean answers() {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(ISSUER + "/.well-known/openid-configuration"))
              .timeout(Duration.ofSeconds(2))
              .build();
      return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static void run(String... command) {
    try {
      Process process = new ProcessBuilder(command).inheritIO().start();
      if (process.waitFor() != 0) {
        throw new IllegalStateException(String.join(" ", command) + " failed");
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
