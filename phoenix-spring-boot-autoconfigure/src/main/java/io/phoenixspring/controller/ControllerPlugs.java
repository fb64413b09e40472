package io.phoenixspring.controller;

/**
 * Implemented by controllers that run plugs before their actions, as {@code plug ... when action in [...]} in a
 * Phoenix controller. The plugs are read once, at startup; a plug that halts stops the action.
 *
 * <pre>{@code
 * class MessageController implements ControllerPlugs {
 *     public void plugs(PlugList plugs) {
 *         plugs.plug(this::authenticate);
 *         plugs.plug(new LocalePlug("en")).when("index");
 *     }
 * }
 * }</pre>
 */
public interface ControllerPlugs {

    /** Declares this controller's plugs, in order. */
    void plugs(PlugList plugs);
}
