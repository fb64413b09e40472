/** Signing, encryption and key derivation, as {@code Plug.Crypto}: what signed and encrypted cookies and {@code
 * Phoenix.Token} stand on. */
@NullMarked
package io.phoenixspring.token;

import org.jspecify.annotations.NullMarked;
