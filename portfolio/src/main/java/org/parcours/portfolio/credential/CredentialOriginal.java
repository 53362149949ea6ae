package org.parcours.portfolio.credential;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** The credential exactly as the worker gave it, read only to download or verify it again. */
@Entity
@Table(name = "credential_original")
public class CredentialOriginal {

  @Id
  @Column(name = "credential_id")
  private UUID credentialId;

  @Column(name = "media_type", length = 200)
  private String mediaType;

  @Column(name = "bytes", nullable = false)
  private byte[] bytes;

  protected CredentialOriginal() {}

  CredentialOriginal(UUID credentialId, String mediaType, byte[] bytes) {
    this.credentialId = credentialId;
    this.mediaType = mediaType;
    this.bytes = bytes.clone();
  }

  public String mediaType() {
    return mediaType;
  }

  public byte[] bytes() {
    return bytes.clone();
  }
}
