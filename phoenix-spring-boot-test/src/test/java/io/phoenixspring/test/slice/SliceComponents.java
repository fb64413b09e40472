package io.phoenixspring.test.slice;

import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

/** Components of the test application: which of them a {@code @PhoenixWebTest} loads. */
public final class SliceComponents {

    private SliceComponents() {}

    /** A type another library adds to the slice through its {@code .includes} file. */
    public interface Extension {}

    /** A service: not part of the web layer. */
    @Service
    public static class ReportService {}

    /** A controller bean: part of the web layer. */
    @Component
    public static class ReportController {}

    /** Included through the {@code .includes} file. */
    @Component
    public static class IncludedExtension implements Extension {}
}
