package org.diplocal.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NulFreeStringsTest {

    record Input(String text, List<String> topics) {
    }

    @Test
    void nulIsDroppedFromFieldsAndListsAndNothingElseChanges() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        new NulFreeStrings().customize(mapper);
        Input in = mapper.readValue("{\"text\":\"a\\u0000b\\u0007 \\uD55C\",\"topics\":[\"tr\\u0000ade\"]}", Input.class);
        assertEquals("ab\u0007 \uD55C", in.text());
        assertEquals(List.of("trade"), in.topics());
        assertEquals(Map.of("k", "v"), mapper.readValue("{\"k\":\"v\\u0000\"}", Map.class));
    }
}
