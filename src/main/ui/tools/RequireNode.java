import java.io.File;
import java.util.List;

/**
 * Run by the Maven build before npm (java RequireNode.java): fails with a clear message when
 * node or npm is not on the PATH, instead of exec-maven-plugin's "Cannot run program".
 */
public class RequireNode {
    public static void main(String[] args) {
        boolean windows = System.getProperty("os.name").toLowerCase().contains("win");
        List<String> missing = java.util.stream.Stream.of("node", "npm")
                .filter(tool -> !onPath(tool, windows)).toList();
        if (!missing.isEmpty()) {
            System.err.println("""

                    Balance Point's UI is built with Node.js and npm, and %s %s not found on the PATH.
                    Install Node.js 18 or newer (it includes npm), e.g. 'apt-get install nodejs npm' or
                    https://nodejs.org, then build again. To build without the UI bundles, add -Dui.skip=true.
                    """.formatted(String.join(" and ", missing), missing.size() == 1 ? "was" : "were"));
            System.exit(1);
        }
    }

    private static boolean onPath(String tool, boolean windows) {
        String path = System.getenv("PATH");
        if (path == null) return false;
        List<String> names = windows ? List.of(tool + ".cmd", tool + ".exe", tool) : List.of(tool);
        for (String dir : path.split(File.pathSeparator)) {
            for (String name : names) {
                File candidate = new File(dir, name);
                if (candidate.isFile() && candidate.canExecute()) return true;
            }
        }
        return false;
    }
}
