package org.floorwatch.localstore;

import java.sql.SQLException;
import org.duckdb.DuckDBConnection;

/**
 * Work for the single writer other than an event batch (a file source's rows, the plan in force), run on
 * the writer thread inside one SQL transaction: all of it is stored or none.
 */
@FunctionalInterface
public interface StoreWork<T> {

    T run(DuckDBConnection connection) throws SQLException;
}
