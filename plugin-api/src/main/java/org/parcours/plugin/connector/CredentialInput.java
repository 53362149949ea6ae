package org.parcours.plugin.connector;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A credential as a worker gave it: an uploaded file, pasted text or what a URL returned. The host
 * caps its size before any connector sees it.
 */
public final class CredentialInput {

  private final byte[] content;
  private final String mediaType;
  private final String fileName;
  private final URI source;

  /**
   * Creates an input.
   *
   * @param content the bytes, copied
   * @param mediaType the detected or declared media type, or {@code null} when unknown
   * @param fileName the uploaded file's name, or {@code null}
   * @param source the address it was fetched from, or {@code null}
   */
  public CredentialInput(byte[] content, String mediaType, String fileName, URI source) {
    this.content = Objects.requireNonNull(content, "content").clone();
    this.mediaType = mediaType;
    this.fileName = fileName;
    this.source = source;
  }

  /**
   * Wraps pasted text.
   *
   * @param text the text, encoded as UTF-8
   * @return the input
   */
  public static CredentialInput ofText(String text) {
    return new CredentialInput(text.getBytes(StandardCharsets.UTF_8), null, null, null);
  }

  /**
   * The bytes.
   *
   * @return a copy of the content
   */
  public byte[] content() {
    return content.clone();
  }

  /**
   * The content as UTF-8 text, for text formats.
   *
   * @return the decoded content
   */
  public String text() {
    return new String(content, StandardCharsets.UTF_8);
  }

  /**
   * The size in bytes.
   *
   * @return the content length
   */
  public int size() {
    return content.length;
  }

  /**
   * The media type detected from the content or declared by the worker.
   *
   * @return the media type, if known
   */
  public Optional<String> mediaType() {
    return Optional.ofNullable(mediaType);
  }

  /**
   * The uploaded file's name.
   *
   * @return the name, if the input was a file
   */
  public Optional<String> fileName() {
    return Optional.ofNullable(fileName);
  }

  /**
   * The address the content came from.
   *
   * @return the address, if the input was fetched
   */
  public Optional<URI> source() {
    return Optional.ofNullable(source);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CredentialInput other
        && Arrays.equals(content, other.content)
        && Objects.equals(mediaType, other.mediaType)
        && Objects.equals(fileName, other.fileName)
        && Objects.equals(source, other.source);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(content);
  }

  @Override
  public String toString() {
    return "CredentialInput[" + content.length + " bytes, " + mediaType + ", " + fileName + "]";
  }
}
