/** Views: HTML escaping now; templates and layouts come with the view layer. */
@NullMarked
package io.phoenixspring.view;

import org.jspecify.annotations.NullMarked;
