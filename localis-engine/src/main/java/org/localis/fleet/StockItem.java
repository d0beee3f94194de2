package org.localis.fleet;

import java.util.Objects;

/**
 * Tires in stock (bought, donated or delivered) of one kind.
 *
 * @param stockId  unique id of the stock line
 * @param tire     the tire
 * @param season   its season; an all-season tire may be used for summer or winter
 * @param quantity number of tires, 0 or more
 */
public record StockItem(String stockId, TireSize tire, Season season, int quantity) {

    public StockItem {
        Objects.requireNonNull(stockId, "stockId");
        Objects.requireNonNull(tire, "tire");
        Objects.requireNonNull(season, "season");
        stockId = stockId.strip();
        if (stockId.isEmpty()) {
            throw new IllegalArgumentException("a stock item needs an id");
        }
        if (quantity < 0) {
            throw new IllegalArgumentException("stock " + stockId + " has a negative quantity " + quantity);
        }
    }
}
