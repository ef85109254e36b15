package com.sparkfabrik.handbook.content;

/**
 * The names a page's uses are recorded under besides fact ids: {@code contact:ID}, and the
 * generated blocks. A page that used the TL;DR must be re-rendered when the TL;DR changes, even for
 * a fact it did not show before.
 */
public final class UseKeys {

    public static final String TLDR = "tldr()";
    public static final String CONTACTS_TABLE = "contacts_table()";
    public static final String OPEN_QUESTIONS = "open_questions()";

    private UseKeys() {}

    public static String contact(String id) {
        return "contact:" + id;
    }

    public static String area(String area) {
        return "area:" + area;
    }
}
