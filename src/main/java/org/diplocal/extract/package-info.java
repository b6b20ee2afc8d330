/**
 * The extraction engine: report text and its publication date in, engagement drafts out.
 * Plain Java with no Quarkus or JPA, so it is tested on strings. Rules, patterns and gazetteers are
 * data files under {@code src/main/resources/org/diplocal/extract/}, read by the classes beside them.
 */
package org.diplocal.extract;
