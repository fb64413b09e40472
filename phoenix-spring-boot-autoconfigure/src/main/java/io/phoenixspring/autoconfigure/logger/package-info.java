/** Auto-configuration of Phoenix's log lines: the parameter filter ({@code phoenix.filter-parameters}). */
@NullMarked
package io.phoenixspring.autoconfigure.logger;

import org.jspecify.annotations.NullMarked;
