package org.floorwatch.localstore.audit;

import java.util.Arrays;

/** What a person did that the audit trail keeps, with the word the screens, JSON and workbook use. */
public enum AuditAction {
    ACKNOWLEDGE("acknowledged"),
    SHELVE("shelved"),
    UNSHELVE("unshelved"),
    SHIFT_NOTE("shift note"),
    IMPORT("imported"),
    IMPORT_REFUSED("import refused");

    private final String word;

    AuditAction(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    static AuditAction ofWord(String word) {
        return Arrays.stream(values()).filter(a -> a.word.equals(word)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no audit action '" + word + "'"));
    }
}
