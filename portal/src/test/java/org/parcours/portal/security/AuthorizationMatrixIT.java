package org.parcours.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parcours.portal.testing.Api;
import org.parcours.portal.testing.Api.Answer;
import org.parcours.portal.testing.Deployments;
import org.parcours.portal.testing.LocalIdentityProvider;

/**
 * Every endpoint that touches one worker's data, called by every kind of caller. Only the owner
 * gets data; another worker gets the same 404 as for an id that does not exist; other roles get
 * 403; nobody signed in gets 401. Grantees are covered in SharingApiIT.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthorizationMatrixIT {

  private static final String PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n";

  private static Api api;
  private static final Map<String, String> TOKENS = new LinkedHashMap<>();
  private static String experience;
  private static String training;
  private static String file;
  private static String grant;

  @Deployment(testable = false)
  static WebArchive portal() {
    return Deployments.portal();
  }

  @BeforeAll
  static void ownerWithOneOfEverything() {
    api = Api.ofDeployedPortal();
    for (String user : List.of("camille", "lucas", "nadia", "paul", "ada")) {
      TOKENS.put(user, LocalIdentityProvider.accessToken(user));
    }
    String owner = TOKENS.get("camille");
    experience =
        id(
            api.post(
                "/api/me/experiences",
                owner,
                "{\"title\":\"Matrice " + UUID.randomUUID() + "\",\"startDate\":\"2020-01-06\"}"));
    training =
        id(
            api.post(
                "/api/me/trainings",
                owner,
                "{\"title\":\"Matrice\",\"startDate\":\"2020-01-06\"}"));
    file =
        id(
            api.send(
                api.request("/api/me/entries/" + experience + "/files?name=a.pdf", owner)
                    .header("Content-Type", "application/pdf")
                    .POST(HttpRequest.BodyPublishers.ofString(PDF))));
    grant =
        id(
            api.post(
                "/api/me/shares",
                owner,
                "{\"link\":true,\"entryIds\":[\"" + experience + "\"],\"purpose\":\"Matrice\"}"));
  }

  /** An endpoint on the owner's data, by method and path. */
  private record Call(String method, String path, String body) {
    Answer as(String token) {
      HttpRequest.Builder request = api.request(path, token);
      return api.send(
          switch (method) {
            case "GET" -> request.GET();
            case "DELETE" -> request.DELETE();
            default ->
                request
                    .header(
                        "Content-Type",
                        body.startsWith("%PDF") ? "application/pdf" : "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
          });
    }
  }

  private static List<Call> ownerOnlyCalls() {
    String e = "/api/me/experiences/" + experience;
    String t = "/api/me/trainings/" + training;
    return List.of(
        new Call("GET", e, null),
        new Call("PUT", e, "{\"title\":\"Changée\",\"startDate\":\"2020-01-06\"}"),
        new Call("GET", t, null),
        new Call("PUT", t, "{\"title\":\"Changée\",\"startDate\":\"2020-01-06\"}"),
        new Call("PUT", "/api/me/entries/" + experience + "/skills", "[]"),
        new Call("GET", "/api/me/entries/" + experience + "/files", null),
        new Call("POST", "/api/me/entries/" + experience + "/files?name=b.pdf", PDF),
        new Call("GET", "/api/me/files/" + file, null));
  }

  @Test
  void onlyTheOwnerReachesTheirDataAndOthersLearnNothing() {
    List<String> failures = new ArrayList<>();
    for (Call call : ownerOnlyCalls()) {
      expect(failures, call, "camille", 200, 201);
      expect(failures, call, "lucas", 404);
      expect(failures, call, "nadia", 403);
      expect(failures, call, "paul", 403);
      expect(failures, call, "ada", 403);
      expect(failures, call, null, 401);
      Answer other = call.as(TOKENS.get("lucas"));
      Answer unknown =
          new Call(
                  call.method(),
                  call.path().replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", UUID.randomUUID().toString()),
                  call.body())
              .as(TOKENS.get("lucas"));
      if (!other.body().equals(unknown.body())) {
        failures.add(call + ": another worker's id and an unknown id answer differently");
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void listsAndLogsShowOnlyTheCallersOwn() {
    for (String path : List.of("/api/me/entries", "/api/me/shares", "/api/me/access-log")) {
      Answer theirs = api.get(path, TOKENS.get("lucas"));
      assertThat(theirs.status()).isEqualTo(200);
      assertThat(theirs.body()).doesNotContain(experience, training, file, grant);
      assertThat(api.get(path, TOKENS.get("nadia")).status()).isEqualTo(403);
      assertThat(api.get(path, null).status()).isEqualTo(401);
    }
    assertThat(api.get("/api/me/shares", TOKENS.get("camille")).body()).contains(grant);
  }

  @Test
  void destructiveCallsByOthersChangeNothing() {
    String owner = TOKENS.get("camille");
    for (String path :
        List.of(
            "/api/me/experiences/" + experience,
            "/api/me/trainings/" + training,
            "/api/me/files/" + file,
            "/api/me/shares/" + grant)) {
      assertThat(api.delete(path, TOKENS.get("lucas")).status()).as(path).isEqualTo(404);
      assertThat(api.delete(path, TOKENS.get("nadia")).status()).as(path).isEqualTo(403);
      assertThat(api.delete(path, null).status()).as(path).isEqualTo(401);
    }
    assertThat(api.get("/api/me/experiences/" + experience, owner).status()).isEqualTo(200);
    assertThat(api.get("/api/me/files/" + file, owner).status()).isEqualTo(200);
    assertThat(api.get("/api/me/shares", owner).body()).contains(grant);
  }

  private static void expect(List<String> failures, Call call, String user, int... statuses) {
    int status = call.as(user == null ? null : TOKENS.get(user)).status();
    for (int s : statuses) {
      if (s == status) {
        return;
      }
    }
    failures.add(call.method() + " " + call.path() + " as " + user + ": " + status);
  }

  private static String id(Answer answer) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
    return answer.json().getString("id");
  }
}
