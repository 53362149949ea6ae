package org.parcours.portal.testing;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** Calls the portal over HTTP as a client program would. */
public final class Api {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI base;

  public Api(URI base) {
    this.base = base;
  }

  /** The portal the integration tests deployed (failsafe sets {@code it.base.url}). */
  public static Api ofDeployedPortal() {
    return new Api(URI.create(System.getProperty("it.base.url", "http://localhost:9180")));
  }

  public URI base() {
    return base;
  }

  public Answer get(String path, String token) {
    return send(request(path, token).GET());
  }

  public Answer post(String path, String token, String json) {
    return send(request(path, token).header("Content-Type", "application/json").POST(body(json)));
  }

  public Answer put(String path, String token, String json) {
    return send(request(path, token).header("Content-Type", "application/json").PUT(body(json)));
  }

  public Answer delete(String path, String token) {
    return send(request(path, token).DELETE());
  }

  public Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(response);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** For answers that are not text, such as a ZIP export. */
  public HttpResponse<byte[]> sendBytes(HttpRequest.Builder request) {
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpRequest.Builder request(String path, String token) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return builder;
  }

  private static HttpRequest.BodyPublisher body(String json) {
    return HttpRequest.BodyPublishers.ofString(json);
  }

  /** What the portal answered. */
  public record Answer(HttpResponse<String> response) {
    public int status() {
      return response.statusCode();
    }

    public String body() {
      return response.body();
    }

    public JsonObject json() {
      return Json.parse(response.body());
    }

    public Optional<String> header(String name) {
      return response.headers().firstValue(name);
    }

    public String contentType() {
      return header("Content-Type").orElse("");
    }

    @Override
    public String toString() {
      return status() + " " + body();
    }
  }
}
