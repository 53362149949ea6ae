package org.parcours.connector.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.parcours.connector.support.StrictJson.BadJson;

/**
 * The union of what the Open Badges (64 levels, numbers of 200 characters), Europass (48, 200) and
 * Pix (32, 100) connectors ask of a strict JSON reader.
 */
class StrictJsonTest {

  private static final StrictJson DEFAULT = StrictJson.reader();
  private static final StrictJson PIX = StrictJson.reader(32, 100);

  @Test
  void readsAnObjectAndAnArray() throws BadJson {
    JsonObject object = DEFAULT.object(" {\"a\": [1, \"b\", {\"c\": null}], \"d\": true}\n");

    assertThat(object.getJsonArray("a")).hasSize(3);
    assertThat(object.get("d")).isEqualTo(JsonValue.TRUE);
    assertThat(DEFAULT.structure("[1,2]")).isInstanceOf(JsonArray.class);
  }

  @Test
  void theDefaultsAreTheLargestLimitsAnyConnectorUses() {
    assertThat(DEFAULT.maxDepth()).isEqualTo(StrictJson.DEFAULT_MAX_DEPTH).isEqualTo(64);
    assertThat(DEFAULT.maxNumberLength())
        .isEqualTo(StrictJson.DEFAULT_MAX_NUMBER_LENGTH)
        .isEqualTo(200);
    assertThat(StrictJson.reader()).isSameAs(DEFAULT);
    assertThat(PIX.maxDepth()).isEqualTo(32);
    assertThat(PIX.maxNumberLength()).isEqualTo(100);
  }

  @Test
  void limitsMustBePositive() {
    assertThatThrownBy(() -> StrictJson.reader(0, 100))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StrictJson.reader(10, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aRepeatedKeyIsRefusedWithTheParsersWords() {
    BadJson refused = refusal(DEFAULT, "{\"a\":1,\"b\":{\"c\":1,\"c\":2}}");

    assertThat(refused.code()).isEqualTo(StrictJson.DUPLICATE_KEY).isEqualTo("json.duplicate-key");
    assertThat(refused.detail()).contains("'c'");
    assertThat(refused.getMessage()).isEqualTo("The JSON repeats a key: " + refused.detail());
    assertThat(refused.getCause()).isNotNull();
  }

  @Test
  void exactlyTheLimitIsReadAndOneLevelMoreIsRefused() throws BadJson {
    for (StrictJson reader : new StrictJson[] {DEFAULT, StrictJson.reader(48, 200), PIX}) {
      int limit = reader.maxDepth();

      assertThat(reader.structure(nestedArrays(limit))).isInstanceOf(JsonArray.class);
      assertThat(reader.object(nestedObjects(limit))).containsKey("a");

      for (String deeper : new String[] {nestedArrays(limit + 1), nestedObjects(limit + 1)}) {
        BadJson refused = refusal(reader, deeper);
        assertThat(refused.code()).isEqualTo(StrictJson.TOO_DEEP).isEqualTo("json.too-deep");
        assertThat(refused.getMessage())
            .isEqualTo("The JSON is nested deeper than " + limit + " levels.");
        assertThat(refused.detail()).isNull();
      }
    }
  }

  @Test
  void aVeryDeepInputIsRefusedBeforeParsing() {
    String deep = "{\"a\":" + "[".repeat(1_000_000) + "]".repeat(1_000_000) + "}";

    assertTimeoutPreemptively(
        Duration.ofSeconds(2),
        () -> assertThat(refusal(DEFAULT, deep).code()).isEqualTo(StrictJson.TOO_DEEP));
    // unbalanced too: the count stops at the limit
    assertThat(refusal(PIX, "[".repeat(5_000)).code()).isEqualTo(StrictJson.TOO_DEEP);
  }

  @Test
  void bracketsInsideStringsDoNotCount() throws BadJson {
    String text = "{\"a\":\"" + "[{".repeat(100) + "\\\"" + "[".repeat(100) + "\"}";

    assertThat(PIX.object(text).getString("a")).startsWith("[{[{").contains("\"");
  }

  @Test
  void numbersAreCappedInLength() throws BadJson {
    String hundred = "1".repeat(100);
    JsonNumber number = (JsonNumber) PIX.object("{\"n\":" + hundred + "}").get("n");
    assertThat(number.bigDecimalValue()).isEqualTo(new BigDecimal(hundred));

    BadJson refused = refusal(PIX, "{\"n\":" + hundred + "1}");
    assertThat(refused.code()).isEqualTo(StrictJson.MALFORMED);
    assertThat(refused.getMessage()).startsWith("The JSON is malformed: ").contains("100");

    assertThat(DEFAULT.object("{\"n\":" + hundred + "1}")).containsKey("n");
    assertThat(refusal(DEFAULT, "{\"n\":" + "1".repeat(201) + "}").code())
        .isEqualTo(StrictJson.MALFORMED);
  }

  @Test
  void aHugeExponentCannotBeTurnedIntoAHugeInteger() throws BadJson {
    JsonNumber number = (JsonNumber) PIX.object("{\"n\":1e999999999}").get("n");

    assertThatThrownBy(number::bigIntegerValue)
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("100");
  }

  @Test
  void malformedTextIsRefusedWithTheParsersWords() {
    for (String text :
        new String[] {
          "{\"a\":",
          "",
          "   ",
          "nope",
          "{\"a\":\"\\u00\"}",
          "{'a':1}",
          "{\"a\":1}x",
          "[1] [2]",
          "42"
        }) {
      BadJson refused = refusal(DEFAULT, text);

      assertThat(refused.code())
          .as(text)
          .isEqualTo(StrictJson.MALFORMED)
          .isEqualTo("json.malformed");
      assertThat(refused.detail()).as(text).isNotBlank();
      assertThat(refused.getMessage()).isEqualTo("The JSON is malformed: " + refused.detail());
    }
  }

  @Test
  void anArrayIsNotAnObject() {
    BadJson refused = refusal(DEFAULT, "[1,2]");

    assertThat(refused.code()).isEqualTo(StrictJson.NOT_OBJECT).isEqualTo("json.not-object");
    assertThat(refused.getMessage()).isEqualTo("The JSON is not an object.");
    assertThat(refused.detail()).isNull();
  }

  @Test
  void aPluginMayRefuseWithItsOwnCode() {
    BadJson own = new BadJson("jwt.malformed", "The token is not a compact JWS.");

    assertThat(own.code()).isEqualTo("jwt.malformed");
    assertThat(own.getMessage()).isEqualTo("The token is not a compact JWS.");
    assertThat(own.detail()).isNull();
  }

  @Test
  void stringReadsAStringMemberOnly() throws BadJson {
    JsonObject object = DEFAULT.object("{\"s\":\"x\",\"n\":1,\"o\":{}}");

    assertThat(StrictJson.string(object, "s")).isEqualTo("x");
    assertThat(StrictJson.string(object, "n")).isNull();
    assertThat(StrictJson.string(object, "missing")).isNull();
    assertThat(StrictJson.string(object.get("n"), "s")).isNull();
    assertThat(StrictJson.string(null, "s")).isNull();
  }

  @Test
  void valuesAreBuiltWithParsson() {
    assertThat(StrictJson.provider().getClass().getName())
        .isEqualTo("org.eclipse.parsson.JsonProviderImpl");
    assertThat(StrictJson.provider().createObjectBuilder().add("a", 1).build().toString())
        .isEqualTo("{\"a\":1}");
  }

  private static BadJson refusal(StrictJson reader, String text) {
    try {
      reader.structure(text);
    } catch (BadJson e) {
      return e;
    }
    try {
      reader.object(text);
    } catch (BadJson e) {
      return e;
    }
    throw new AssertionError("accepted: " + text);
  }

  private static String nestedArrays(int depth) {
    return "[".repeat(depth) + "]".repeat(depth);
  }

  private static String nestedObjects(int depth) {
    return "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
  }
}
