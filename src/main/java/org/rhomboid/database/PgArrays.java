package org.rhomboid.database;

import java.util.List;

/** PostgreSQL array literals for text[] parameters (JdbcClient binds them as text, cast in the SQL). */
public final class PgArrays {

    private PgArrays() {
    }

    /** '{"a","b"}': each element quoted and escaped, so commas and quotes in what staff typed survive. */
    public static String text(List<String> values) {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            out.append(i == 0 ? "" : ",").append('"')
                    .append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return out.append('}').toString();
    }
}
