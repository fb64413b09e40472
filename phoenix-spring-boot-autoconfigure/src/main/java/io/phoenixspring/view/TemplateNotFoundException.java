package io.phoenixspring.view;

import org.jspecify.annotations.Nullable;

/** No template of that name (Phoenix's {@code Phoenix.Template.UndefinedError}). */
public class TemplateNotFoundException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public TemplateNotFoundException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
