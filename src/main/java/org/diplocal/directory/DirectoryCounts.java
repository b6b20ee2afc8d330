package org.diplocal.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** How many engagements each official, country and topic has, one grouped query each. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DirectoryCounts {

    @Inject
    EntityManager em;

    public Map<Long, Long> byOfficial() {
        return toMap(em.createNativeQuery(
                "select official_id, count(*) from engagement_participant group by official_id").getResultList());
    }

    public Map<String, Long> byCountry() {
        return toMap(em.createNativeQuery("select iso2, count(*) from engagement_country group by iso2").getResultList());
    }

    public Map<String, Long> byTopic() {
        return toMap(em.createNativeQuery("select topic, count(*) from engagement_topic group by topic").getResultList());
    }

    @SuppressWarnings("unchecked")
    private static <K> Map<K, Long> toMap(List<?> rows) {
        Map<K, Long> map = new HashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            Object key = r[0] instanceof String s ? s.strip() : r[0];
            if (key instanceof Number n && !(key instanceof Long)) {
                key = n.longValue();
            }
            map.put((K) key, ((Number) r[1]).longValue());
        }
        return map;
    }
}
