package org.diplocal.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class PhraseTableTest {

    private static PhraseTable<String> table() {
        PhraseTable<String> table = new PhraseTable<>();
        for (int k = 0; k < 200; k++) {
            table.put("deputy minister of portfolio" + k + " affairs", "role" + k);
        }
        table.put("deputy minister", "deputy");
        return table;
    }

    @Test
    void findsTheLongestPhraseAtAToken() {
        PhraseTable.Match<String> m = table().longest(Tokenizer.tokenize("the Deputy Minister of Portfolio7 Affairs said"), 1);
        assertEquals("role7", m.value());
        assertEquals(6, m.to());
    }

    @Test
    void fallsBackToTheShorterPhraseWhenTheLongerOneBreaksOff() {
        PhraseTable.Match<String> m = table().longest(Tokenizer.tokenize("Deputy Minister Ana Ruiz"), 0);
        assertEquals("deputy", m.value());
    }

    /**
     * The first lookups of a table build its index by vocabulary id; on a server they arrive together from the
     * first requests, and each must see the whole index, never one another thread is still filling.
     */
    @Test
    void concurrentFirstLookupsAllSeeTheWholeTable() throws Exception {
        TokenList tokens = Tokenizer.tokenize("Deputy Minister of Portfolio199 Affairs");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            int misses = 0;
            for (int round = 0; round < 300; round++) {
                PhraseTable<String> table = table();
                CountDownLatch go = new CountDownLatch(1);
                List<Future<String>> answers = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    answers.add(pool.submit(() -> {
                        go.await();
                        PhraseTable.Match<String> m = table.longest(tokens, 0);
                        return m == null ? null : m.value();
                    }));
                }
                go.countDown();
                for (Future<String> answer : answers) {
                    try {
                        misses += "role199".equals(answer.get()) ? 0 : 1;
                    } catch (java.util.concurrent.ExecutionException e) {
                        misses++;
                    }
                }
            }
            assertEquals(0, misses, "lookups that missed or failed while the index was being built");
        } finally {
            pool.shutdownNow();
        }
    }
}
