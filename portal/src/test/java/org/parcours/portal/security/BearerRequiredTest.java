package org.parcours.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;

/** Which operations refuse a request without a token: those that need a role. */
class BearerRequiredTest {

  @RolesAllowed(Roles.WORKER)
  static class WorkersOnly {
    public void mine() {}

    @PermitAll
    public void open() {}
  }

  // What a container's generated subclass looks like: no annotation of its own.
  static class GeneratedSubclass extends WorkersOnly {}

  @PermitAll
  static class Public {
    public void search() {}

    @RolesAllowed(Roles.ADMIN)
    public void rebuild() {}
  }

  @Test
  void aRoleOnTheClassOrMethodNeedsAToken() throws NoSuchMethodException {
    assertThat(BearerRequired.needsRole(WorkersOnly.class.getMethod("mine"), WorkersOnly.class))
        .isTrue();
    assertThat(
            BearerRequired.needsRole(
                GeneratedSubclass.class.getMethod("mine"), GeneratedSubclass.class))
        .isTrue();
    assertThat(BearerRequired.needsRole(Public.class.getMethod("rebuild"), Public.class)).isTrue();
  }

  @Test
  void openOperationsAndUnmatchedRequestsDoNot() throws NoSuchMethodException {
    assertThat(BearerRequired.needsRole(WorkersOnly.class.getMethod("open"), WorkersOnly.class))
        .isFalse();
    assertThat(BearerRequired.needsRole(Public.class.getMethod("search"), Public.class)).isFalse();
    assertThat(BearerRequired.needsRole(null, null)).as("no resource matched: a 404").isFalse();
  }
}
