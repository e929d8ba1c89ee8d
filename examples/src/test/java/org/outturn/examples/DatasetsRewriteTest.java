package org.outturn.examples;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Runs {@link DatasetsRewrite} when asked: {@code -Doutturn.datasets.rewrite=true}. */
final class DatasetsRewriteTest {

    @Test
    @EnabledIfSystemProperty(named = "outturn.datasets.rewrite", matches = "true")
    void rewrite_onRequest_writesCanonicalFiles() throws IOException {
        DatasetsRewrite.main(new String[0]);
    }
}
