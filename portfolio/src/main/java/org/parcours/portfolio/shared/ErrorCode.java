package org.parcours.portfolio.shared;

/**
 * Why a use case refused a request. The portal maps each code to one problem type and HTTP status,
 * in one table, so that the same failure always looks the same to clients.
 */
public enum ErrorCode {
  /** The input breaks a rule; the violations say which. */
  INVALID_INPUT,
  /** Nothing by that id exists for this worker (it may exist for someone else: never say so). */
  NOT_FOUND,
  /** The entry changed since the caller read it. */
  CONFLICT,
  /** A file is larger than allowed, or would pass the worker's quota; the violations say which. */
  TOO_LARGE,
  /** A file's content is of a kind Parcours does not keep; the violations say which. */
  UNSUPPORTED_TYPE,
  /** The same thing is already in the worker's portfolio. */
  DUPLICATE,
  /** The caller may not do this yet, for a reason they can act on (the message says which). */
  NOT_PERMITTED,
  /** Too many failed tries in a short time: the caller must wait before trying again. */
  TOO_MANY_ATTEMPTS
}
