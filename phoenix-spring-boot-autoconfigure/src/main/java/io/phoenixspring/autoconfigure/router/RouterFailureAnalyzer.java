package io.phoenixspring.autoconfigure.router;

import io.phoenixspring.router.RouterException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains a router declaration that cannot work, with the fix as the action. */
public final class RouterFailureAnalyzer extends AbstractFailureAnalyzer<RouterException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RouterException cause) {
        return new FailureAnalysis(
                "The Phoenix routes could not be compiled:\n\n    "
                        + cause.getMessage().replace("\n", "\n    "),
                "Fix the route declaration in your RouterConfigurer as the message says, then restart. Run the"
                        + " application with --phoenix.routes to see the routes once they compile.",
                cause);
    }
}
