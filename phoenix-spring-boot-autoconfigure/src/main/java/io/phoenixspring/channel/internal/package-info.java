/** How channels run: one serial mailbox per joined channel, and the fastlane broadcast dispatcher. */
@NullMarked
package io.phoenixspring.channel.internal;

import org.jspecify.annotations.NullMarked;
