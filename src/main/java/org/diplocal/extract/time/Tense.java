package org.diplocal.extract.time;

/** Which way a mention without a year or a "next"/"last" points. */
enum Tense {
    FUTURE, PAST, NONE
}
