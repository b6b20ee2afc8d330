package org.diplocal.extract.dev;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.diplocal.extract.Draft;
import org.diplocal.extract.ReportExtractor;

/** Dev command: prints the drafts of report files. Args: YYYY-MM-DD FILE... */
public final class PredictFiles {
    private PredictFiles() {
    }

    public static void main(String[] args) throws Exception {
        LocalDate published = LocalDate.parse(args[0]);
        for (int i = 1; i < args.length; i++) {
            System.out.println("== " + args[i]);
            for (Draft d : ReportExtractor.standard().extract(Files.readString(Path.of(args[i])), published)) {
                System.out.println("  " + d.start() + ".." + d.end() + " " + d.precision() + " " + d.status() + " | " + d.title() + " | "
                        + d.participants().stream().map(p -> p.name() + "/" + p.country()).toList() + " | "
                        + (d.location() == null ? "-" : d.location().name() + "," + d.location().city() + "," + d.location().country())
                        + " | " + d.countries());
            }
        }
    }
}
