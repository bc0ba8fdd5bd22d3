package io.balancepoint.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Command-line flags of {@code ./bp workbench}: read over the defaults, refused with the flag named. */
class WorkbenchOptionsTest {

    @Test
    void defaultsAreTheDocumentedOnes() {
        WorkbenchOptions options = WorkbenchOptions.parse();
        assertThat(options.dataDirectory()).isEqualTo(Path.of("workbench-data"));
        assertThat(options.port()).isEqualTo(8090);
        assertThat(options.sampleSize()).isEqualTo(20_000);
        assertThat(options.loadSample()).isTrue();
        assertThat(options.sampleEnd()).isEmpty();
        assertThat(options.reset()).isFalse();
    }

    @Test
    void flagsOverrideTheDefaults() {
        WorkbenchOptions options = WorkbenchOptions.parse("--data-dir=/tmp/x", "--port=0", "--sample-size=2000", "--seed=7",
                "--sample-end=2026-02-28", "--no-sample", "--reset");
        assertThat(options.dataDirectory()).isEqualTo(Path.of("/tmp/x"));
        assertThat(options.port()).isZero();
        assertThat(options.sampleSize()).isEqualTo(2000);
        assertThat(options.seed()).isEqualTo(7);
        assertThat(options.sampleEnd()).hasValue(LocalDate.of(2026, 2, 28));
        assertThat(options.loadSample()).isFalse();
        assertThat(options.reset()).isTrue();
    }

    @Test
    void badFlagsAreRefusedByName() {
        assertThatThrownBy(() -> WorkbenchOptions.parse("--sample-size=lots")).hasMessageContaining("--sample-size");
        assertThatThrownBy(() -> WorkbenchOptions.parse("--sample-size=0")).hasMessageContaining("--sample-size");
        assertThatThrownBy(() -> WorkbenchOptions.parse("--port=70000")).hasMessageContaining("--port");
        assertThatThrownBy(() -> WorkbenchOptions.parse("--sample-end=yesterday")).hasMessageContaining("YYYY-MM-DD");
        assertThatThrownBy(() -> WorkbenchOptions.parse("--data-dir=")).hasMessageContaining("--data-dir needs a value");
        assertThatThrownBy(() -> WorkbenchOptions.parse("--colour")).hasMessageContaining("unknown option --colour");
    }
}
