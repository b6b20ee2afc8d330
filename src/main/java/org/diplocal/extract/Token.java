package org.diplocal.extract;

/**
 * A word or punctuation mark: {@code text} as it stands at {@code start..end} of the report,
 * {@code norm} folded for lookups (lower case, no diacritics, no dots: "U.S." → "us").
 */
record Token(String text, int start, int end, String norm) {

    boolean capitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    boolean allCaps() {
        boolean letter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    boolean word() {
        return !text.isEmpty() && Character.isLetterOrDigit(text.codePointAt(0));
    }

    boolean is(String normalised) {
        return norm.equals(normalised);
    }
}
