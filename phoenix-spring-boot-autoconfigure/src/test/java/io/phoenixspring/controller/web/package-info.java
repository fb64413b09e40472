/** A small application for the controller helpers over real HTTP. */
@NullMarked
package io.phoenixspring.controller.web;

import org.jspecify.annotations.NullMarked;
