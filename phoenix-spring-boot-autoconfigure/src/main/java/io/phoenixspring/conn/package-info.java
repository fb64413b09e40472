/** One request and its response ({@link io.phoenixspring.conn.Conn}), its params, cookies and the adapter SPI. */
@NullMarked
package io.phoenixspring.conn;

import org.jspecify.annotations.NullMarked;
