package org.mutualrecognition.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code replay <folder>} from the command line: CI replays every case file of the project this way. */
class ReplayCommandTest {

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int replay(String... args) {
        return new ReplayCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    @Test
    void every_project_fixture_replays_with_exit_code_zero(@TempDir Path tmp) throws Exception {
        int code = replay("fixtures", "--rules", ".", "--report", tmp.resolve("r.html").toString(), "--json", tmp.resolve("r.json").toString());
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("0 different, 0 errors");
        assertThat(code).isZero();
        assertThat(Files.readString(tmp.resolve("r.html"))).contains("<table").contains("IDENTICAL");
        assertThat(Files.readString(tmp.resolve("r.json"))).contains("\"different\" : 0");
    }

    @Test
    void a_mismatch_prints_one_line_and_exits_1(@TempDir Path tmp) throws Exception {
        String tc07 = Files.readString(Path.of("fixtures/eu-general-system/tc07-eu-gs-physio-be-nl-no-substantial-difference.json"));
        Files.writeString(tmp.resolve("wrong.json"), tc07.replace("\"outcome\": \"RECOGNITION\"", "\"outcome\": \"REFUSAL\""));
        Files.writeString(tmp.resolve("right.json"), tc07);
        int code = replay(tmp.toString(), "--rules", ".", "--report", tmp.resolve("r.html").toString());
        assertThat(code).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("MISMATCH wrong.json").contains("outcome expected \"REFUSAL\" got \"RECOGNITION\"")
                .contains("1 identical, 1 different");
        assertThat(Files.readString(tmp.resolve("r.html"))).contains("class=\"diff\"");
    }

    @Test
    void an_unreadable_or_invalid_case_exits_2(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("broken.json"), "{ not json");
        assertThat(replay(tmp.toString(), "--rules", ".")).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("ERROR    broken.json");
    }

    @Test
    void a_working_copy_that_does_not_validate_is_not_replayed(@TempDir Path tmp) throws Exception {
        Path copy = tmp.resolve("copy");
        for (String folder : new String[] {"rules", "decision-tables"}) {
            try (var files = Files.walk(Path.of(folder))) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Path target = copy.resolve(file.toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target);
                    }
                }
            }
        }
        Path lisbon = copy.resolve("rules/lrc/lisbon.drl");
        Files.writeString(lisbon, Files.readString(lisbon).replace("@id(\"LRC-012\")", "@id(\"LRC-011\")"));
        int code = replay("fixtures/lrc", "--rules", copy.toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("DUPLICATE_ID").contains("LRC-011").contains("nothing replayed");
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("replayed");
    }

    @Test
    void a_missing_folder_or_bad_arguments_exit_2() {
        assertThat(replay("no-such-folder", "--rules", ".")).isEqualTo(2);
        assertThat(replay("--stored")).isEqualTo(2);
    }
}
