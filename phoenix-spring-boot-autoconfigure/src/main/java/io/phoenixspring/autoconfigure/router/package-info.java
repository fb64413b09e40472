/** Auto-configuration of the router: the route table, path helpers, the route listing and their failure analysis. */
@NullMarked
package io.phoenixspring.autoconfigure.router;

import org.jspecify.annotations.NullMarked;
