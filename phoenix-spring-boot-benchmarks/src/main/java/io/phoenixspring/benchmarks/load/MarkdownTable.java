package io.phoenixspring.benchmarks.load;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** A markdown table built row by row, printed at the end of a run. */
public final class MarkdownTable {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    public MarkdownTable(String... header) {
        this.header = List.of(header);
    }

    /** Adds a row; it must have as many cells as the header. */
    public MarkdownTable row(String... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException(
                    "expected " + header.size() + " cells as in the header " + header + ", got " + List.of(cells));
        }
        rows.add(List.of(cells));
        return this;
    }

    public void print(PrintStream out) {
        out.println(line(header));
        out.println("|---".repeat(header.size()) + "|");
        rows.forEach(row -> out.println(line(row)));
    }

    private static String line(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |";
    }
}
