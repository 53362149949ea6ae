package org.parcours.portal.vae.pdf;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends openhtmltopdf's log to plain java.util.logging, configured as the server configures it.
 * Left alone, the library forces its loggers to INFO on a console handler of its own: four lines of
 * timings on the server's standard error for every export. Its INFO becomes FINE here; warnings
 * stay warnings.
 */
final class RendererLog implements XRLogger {

  @Override
  public void log(String where, Level level, String message) {
    Logger.getLogger(where).log(quieter(level), message);
  }

  @Override
  public void log(String where, Level level, String message, Throwable error) {
    Logger.getLogger(where).log(quieter(level), message, error);
  }

  @Override
  public void setLevel(String logger, Level level) {
    Logger.getLogger(logger).setLevel(level);
  }

  @Override
  public boolean isLogLevelEnabled(Diagnostic diagnostic) {
    return Logger.getLogger(diagnostic.getLogMessageId().getWhere())
        .isLoggable(quieter(diagnostic.getLevel()));
  }

  private static Level quieter(Level level) {
    return level == Level.INFO ? Level.FINE : level;
  }
}
