package io.balancepoint.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Entry point of {@code benchmarks.jar}: runs JMH with the given command-line options, then
 * prints, for every benchmark class and parameter set, each method's ratio against the naive
 * baseline measured in the same run (methods named {@code naive…} or {@code …Baseline}).
 */
public final class RatioReport {

    private RatioReport() {
    }

    public static void main(String[] args) throws RunnerException, CommandLineOptionException, java.io.IOException {
        CommandLineOptions options = new CommandLineOptions(args);
        if (options.shouldHelp() || options.shouldList() || options.shouldListProfilers()
                || options.shouldListResultFormats() || options.shouldListWithParams()) {
            org.openjdk.jmh.Main.main(args);
            return;
        }
        Collection<RunResult> results = new Runner(options).run();
        System.out.println();
        System.out.println(report(results));
    }

    static String report(Collection<RunResult> results) {
        Map<String, List<RunResult>> groups = new LinkedHashMap<>();
        for (RunResult r : results) {
            String label = r.getParams().getBenchmark();
            String cls = label.substring(0, label.lastIndexOf('.'));
            String params = r.getParams().getParamsKeys().stream()
                    .map(k -> k + "=" + r.getParams().getParam(k)).reduce((a, b) -> a + ", " + b).orElse("");
            groups.computeIfAbsent(cls.substring(cls.lastIndexOf('.') + 1) + (params.isEmpty() ? "" : " [" + params + "]"),
                    k -> new ArrayList<>()).add(r);
        }
        StringBuilder out = new StringBuilder("Ratios against the naive baseline of the same run\n");
        groups.forEach((group, runs) -> {
            RunResult baseline = runs.stream().filter(r -> isBaseline(method(r))).findFirst().orElse(null);
            out.append("  ").append(group).append('\n');
            for (RunResult r : runs) {
                double score = r.getPrimaryResult().getScore();
                String unit = r.getPrimaryResult().getScoreUnit();
                out.append(String.format(Locale.ROOT, "    %-28s %14.3f %-10s", method(r), score, unit));
                if (baseline != null && r != baseline) {
                    double base = baseline.getPrimaryResult().getScore();
                    boolean higherIsBetter = r.getParams().getMode().shortLabel().equals("thrpt");
                    double speedup = higherIsBetter ? score / base : base / score;
                    out.append(String.format(Locale.ROOT, "  %.1f× %s than %s", speedup >= 1 ? speedup : 1 / speedup,
                            speedup >= 1 ? "faster" : "slower", method(baseline)));
                }
                out.append('\n');
            }
        });
        return out.toString();
    }

    private static String method(RunResult r) {
        String label = r.getParams().getBenchmark();
        return label.substring(label.lastIndexOf('.') + 1);
    }

    private static boolean isBaseline(String method) {
        return method.startsWith("naive") || method.endsWith("Baseline");
    }
}
