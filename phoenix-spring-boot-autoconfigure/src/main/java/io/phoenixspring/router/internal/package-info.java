/** How routes are collected, compiled into a trie and dispatched. */
@NullMarked
package io.phoenixspring.router.internal;

import org.jspecify.annotations.NullMarked;
