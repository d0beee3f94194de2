package org.localis.procurement;

import java.util.Objects;
import java.util.Optional;

import org.localis.fleet.Season;
import org.localis.fleet.TireSize;

/**
 * A supplier's offer of one tire: what it is, its unit price, how many are available and how fast.
 *
 * @param offerId         unique id of the offer; plans break ties by it
 * @param supplier        the supplier's name
 * @param brand           the brand
 * @param model           the model
 * @param tire            the tire as designated on the sidewall
 * @param season          the tire's season
 * @param unitPriceMinor  price per tire in minor units (kopecks), 0 or more
 * @param available       tires available, 0 or more; shared by every requirement the offer may fill
 * @param leadTimeDays    days to delivery, 0 or more (shown, not optimized)
 * @param domestic        the registry certificate of a domestic product, or null for an import or an
 *                        uncertified product
 */
public record Offer(String offerId, String supplier, String brand, String model, TireSize tire, Season season,
                    long unitPriceMinor, int available, int leadTimeDays, DomesticStatus domestic) {

    /** @throws IllegalArgumentException for a blank id or a negative price, quantity or lead time */
    public Offer {
        Objects.requireNonNull(offerId, "offerId");
        Objects.requireNonNull(tire, "tire");
        Objects.requireNonNull(season, "season");
        offerId = offerId.strip();
        supplier = supplier == null ? "" : supplier.strip();
        brand = brand == null ? "" : brand.strip();
        model = model == null ? "" : model.strip();
        if (offerId.isEmpty()) {
            throw new IllegalArgumentException("an offer needs an id");
        }
        if (unitPriceMinor < 0) {
            throw new IllegalArgumentException("offer " + offerId + " has a negative price " + unitPriceMinor);
        }
        if (available < 0) {
            throw new IllegalArgumentException("offer " + offerId + " has a negative quantity " + available);
        }
        if (leadTimeDays < 0) {
            throw new IllegalArgumentException("offer " + offerId + " has a negative lead time " + leadTimeDays);
        }
    }

    /** The certificate, when the offer has one. */
    public Optional<DomesticStatus> domesticStatus() {
        return Optional.ofNullable(domestic);
    }
}
