/** Auto-configuration of the view layer's Thymeleaf integration. */
@NullMarked
package io.phoenixspring.autoconfigure.view;

import org.jspecify.annotations.NullMarked;
