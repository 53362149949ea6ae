package org.parcours.portal.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import org.parcours.portfolio.shared.NotFoundException;

/**
 * A page asked for something the signed-in person does not have (another worker's entry, an id that
 * does not exist) answers 404 with the "not found" page, as the API does, rather than the
 * "unexpected error" page: no difference between "not yours" and "does not exist" (registered in
 * faces-config.xml).
 */
public class NotFoundPages extends ExceptionHandlerFactory {

  public NotFoundPages(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  private static final class Handler extends ExceptionHandlerWrapper {

    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() {
      FacesContext context = FacesContext.getCurrentInstance();
      Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
      while (events.hasNext()) {
        ExternalContext external = context.getExternalContext();
        if (notFound(events.next().getContext().getException())
            && !external.isResponseCommitted()) {
          events.remove();
          try {
            external.responseReset();
            external.responseSendError(404, null);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          context.responseComplete();
        }
      }
      getWrapped().handle();
    }

    private static boolean notFound(Throwable thrown) {
      for (Throwable t = thrown; t != null; t = t.getCause()) {
        if (t instanceof NotFoundException) {
          return true;
        }
      }
      return false;
    }
  }
}
