package io.phoenixspring.autoconfigure.endpoint;

import io.phoenixspring.endpoint.EndpointConfigurationException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains an endpoint configuration that cannot work, with the fix as the action. */
public final class EndpointFailureAnalyzer extends AbstractFailureAnalyzer<EndpointConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EndpointConfigurationException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
