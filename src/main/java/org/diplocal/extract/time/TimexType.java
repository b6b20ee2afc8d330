package org.diplocal.extract.time;

/** TimeML TIMEX3 types. */
public enum TimexType {
    DATE, TIME, DURATION, SET
}
