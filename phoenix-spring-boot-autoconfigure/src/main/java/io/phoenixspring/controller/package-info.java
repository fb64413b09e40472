/** Controllers: Phoenix's controller helpers, controller plugs with action guards, and action dispatch. */
@NullMarked
package io.phoenixspring.controller;

import org.jspecify.annotations.NullMarked;
