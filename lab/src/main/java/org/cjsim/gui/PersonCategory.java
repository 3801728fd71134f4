package org.cjsim.gui;

import java.awt.Color;
import org.cjsim.customer.CustomerResponse;
import org.cjsim.customer.Population;
import org.cjsim.customer.Stage;

/**
 * Where a person is in the journey, as the network view colours it: customers by their Net Promoter
 * category, former customers, and people who are not customers yet.
 *
 * <p>Colours are from the Okabe-Ito palette, which stays distinguishable with the common forms of colour
 * blindness (Okabe and Ito, <i>Color Universal Design</i>, 2008); people who are not customers yet are
 * neutral greys so that the customers stand out.
 */
public enum PersonCategory {
    /** A customer with satisfaction 9 or more. */
    PROMOTER("Promoter: customer at 9-10", new Color(0x00, 0x9E, 0x73)),
    /** A customer with satisfaction above 6 and below 9. */
    PASSIVE("Passive: customer at 7-8", new Color(0x56, 0xB4, 0xE9)),
    /** A customer with satisfaction 6 or less. */
    DETRACTOR("Detractor: customer at 0-6", new Color(0xD5, 0x5E, 0x00)),
    /** A former customer. */
    CHURNED("Churned: former customer", new Color(0x00, 0x00, 0x00)),
    /** Knows the company but has not bought. */
    AWARE("Aware, not a customer yet", new Color(0x99, 0x99, 0x99)),
    /** Does not know the company. */
    UNAWARE("Unaware of the company", new Color(0xDD, 0xDD, 0xDD));

    /** Okabe-Ito orange: the ring around a person with an open complaint. */
    public static final Color OPEN_COMPLAINT = new Color(0xE6, 0x9F, 0x00);

    private final String label;
    private final Color color;

    PersonCategory(String label, Color color) {
        this.label = label;
        this.color = color;
    }

    /** The legend's text. */
    public String label() {
        return label;
    }

    /** The fill colour. */
    public Color color() {
        return color;
    }

    /** The category of person {@code i}. */
    public static PersonCategory of(Population people, int i) {
        Stage stage = people.stage(i);
        switch (stage) {
            case CUSTOMER:
                double s = people.satisfaction[i];
                if (CustomerResponse.isPromoter(s)) {
                    return PROMOTER;
                }
                return CustomerResponse.isDetractor(s) ? DETRACTOR : PASSIVE;
            case CHURNED:
                return CHURNED;
            case AWARE:
                return AWARE;
            default:
                return UNAWARE;
        }
    }
}
