/** Signing, encryption and key derivation, as {@code Plug.Crypto}, and {@code Phoenix.Token} on top of them
 * ({@link io.phoenixspring.token.PhoenixToken}), byte-compatible with Elixir through {@link io.phoenixspring.token.Etf}. */
@NullMarked
package io.phoenixspring.token;

import org.jspecify.annotations.NullMarked;
