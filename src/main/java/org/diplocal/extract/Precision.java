package org.diplocal.extract;

/** How sure a report is of the date: it fixes the day(s), or only bounds a single day inside a window. */
public enum Precision {
    DAY, WINDOW
}
