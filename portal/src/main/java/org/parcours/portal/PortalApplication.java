package org.parcours.portal;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.parcours.portal.security.Roles;

/** The REST API: bearer tokens from the identity provider, JSON in and out. */
@ApplicationPath("/api")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({Roles.WORKER, Roles.ADVISER, Roles.PARTNER, Roles.ADMIN})
@OpenAPIDefinition(
    info =
        @Info(
            title = "Parcours API",
            version = "0.1",
            description =
                "The worker's portfolio and what builds on it. Errors are"
                    + " application/problem+json (RFC 9457).",
            license = @License(name = "EUPL-1.2")),
    security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(
    securitySchemeName = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT")
public class PortalApplication extends Application {}
