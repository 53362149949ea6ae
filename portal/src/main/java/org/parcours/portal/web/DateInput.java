package org.parcours.portal.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import org.parcours.portal.i18n.Messages;

/**
 * Dates as people in France write them (31/12/2024), and as machines do (2024-12-31). Shown back as
 * DD/MM/YYYY, the format the label announces.
 */
@FacesConverter(value = "dateInput")
public class DateInput implements Converter<LocalDate> {

  private static final DateTimeFormatter DAY_MONTH_YEAR =
      DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

  @Override
  public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    try {
      return text.contains("-") ? LocalDate.parse(text) : LocalDate.parse(text, DAY_MONTH_YEAR);
    } catch (DateTimeParseException e) {
      Messages messages = Messages.in(context.getViewRoot().getLocale());
      String message = messages.get("form.date.invalid", text);
      throw new ConverterException(
          new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message), e);
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
    return value == null ? "" : DAY_MONTH_YEAR.format(value);
  }
}
