package org.parcours.connector.openbadges;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.parcours.connector.support.StrictJson;
import org.parcours.plugin.connector.VerificationReport.Aspect;
import org.parcours.plugin.connector.VerificationReport.Check;

/**
 * The Open Badges 3.0 JSON Schemas (draft 2019-09) from the data directory. They type {@code proof}
 * as an array only while VC 2.0 allows a single object, so a single proof is wrapped in an array
 * before validation (test-material §2.1).
 */
final class Ob3Schemas {

  private final Schema achievement;
  private final Schema endorsement;

  private Ob3Schemas(Schema achievement, Schema endorsement) {
    this.achievement = achievement;
    this.endorsement = endorsement;
  }

  static Ob3Schemas load(Path dataDirectory) {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09);
    return new Ob3Schemas(
        schema(
            registry,
            dataDirectory.resolve("openbadges3/schema/ob_v3p0_achievementcredential_schema.json")),
        schema(
            registry,
            dataDirectory.resolve("openbadges3/schema/ob_v3p0_endorsementcredential_schema.json")));
  }

  private static Schema schema(SchemaRegistry registry, Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return registry.getSchema(in, InputFormat.JSON);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static final String VC11_CONTEXT = "https://www.w3.org/2018/credentials/v1";

  private static String firstContext(JsonObject credential) {
    JsonValue context = credential.get("@context");
    JsonValue first =
        context instanceof JsonArray array && !array.isEmpty() ? array.get(0) : context;
    return first instanceof JsonString text ? text.getString() : "";
  }

  Check check(JsonObject credential) {
    Set<String> types = VcVerifier.types(credential);
    Schema schema;
    String name;
    if (types.contains("OpenBadgeCredential") || types.contains("AchievementCredential")) {
      schema = achievement;
      name = "Open Badges 3.0 AchievementCredential";
    } else if (types.contains("EndorsementCredential")) {
      schema = endorsement;
      name = "Open Badges 3.0 EndorsementCredential";
    } else {
      return Checks.none(
          Aspect.SCHEMA, "schema.none", "No schema applies to this credential type.");
    }
    if (schema == null) {
      return Checks.unknown(
          Aspect.SCHEMA, "schema.unavailable", "The " + name + " schema is not installed.");
    }
    // Open Badges 3.0 was first published on VC 1.1, and badges of that edition are still issued;
    // the pinned 3.0.3 schema requires VC 2.0, so it cannot judge them: not checked, not failed.
    if (firstContext(credential).equals(VC11_CONTEXT)) {
      return Checks.unknown(
          Aspect.SCHEMA,
          "schema.vc11",
          "This credential follows the first edition of Open Badges 3.0 (on VC 1.1); only the"
              + " schema of the VC 2.0 edition is installed.");
    }
    JsonObject normalized = credential;
    if (credential.get("proof") instanceof JsonObject proof) {
      normalized =
          StrictJson.provider()
              .createObjectBuilder(credential)
              .add("proof", StrictJson.provider().createArrayBuilder().add(proof))
              .build();
    }
    List<Error> errors;
    try {
      errors = schema.validate(normalized.toString(), InputFormat.JSON);
    } catch (RuntimeException e) {
      return Checks.unknown(
          Aspect.SCHEMA,
          "schema.unavailable",
          "Schema validation could not run: " + e.getMessage());
    }
    if (errors.isEmpty()) {
      return Checks.passed(Aspect.SCHEMA, "schema.valid", "Conforms to the " + name + " schema");
    }
    Error first = errors.get(0);
    return Checks.failed(
        Aspect.SCHEMA,
        "schema.invalid",
        "Does not conform to the "
            + name
            + " schema: "
            + first.getInstanceLocation()
            + " "
            + first.getMessage()
            + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : ""));
  }
}
