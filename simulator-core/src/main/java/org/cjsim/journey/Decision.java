package org.cjsim.journey;

import org.cjsim.random.KeyedRandom;
import org.cjsim.service.ServiceDesk;

/**
 * The random decisions within one event of the model, each drawn from its own child of the event's key
 * ({@link KeyedRandom}): a purchase's key has an {@link #EXPERIENCE} child, an {@link #ISSUE} child and so
 * on, so that whether a purchase goes wrong does not depend on whether it was followed up, and a decision
 * skipped in one run (no issue, no severity) shifts nothing in another.
 *
 * <p>One enumeration for all of them, so that no two decisions of an event share a key. Child {@link
 * ServiceDesk#HANDLING_DRAW} of a contact's key is the desk's; {@link #of} starts above it. A decision's key
 * is its ordinal: add new decisions at the end, so that the others keep their numbers.
 */
enum Decision {
    /** Thinning: a candidate of the day becomes an event with probability {@code p / pMax}. */
    ACCEPT,
    /** The time of day of an event. */
    TIME,
    /** A purchase: the quality experienced (normal noise). */
    EXPERIENCE,
    /** A purchase: followed up proactively. */
    FOLLOW_UP,
    /** A purchase: fails by the company's fault. */
    FAILURE,
    /** A purchase that did not fail: goes wrong through miscommunication. */
    MISCOMMUNICATION,
    /** An issue: the customer asked for the impossible. */
    IMPOSSIBLE,
    /** An issue: its severity (a stream: the Beta sampler rejects). */
    SEVERITY,
    /** An issue: voiced or silent. */
    VOICE,
    /** A voiced issue: delay until the complaint reaches the desk. */
    COMPLAINT_DELAY,
    /** A purchase: number of how-to contacts. */
    HOW_TO,
    /** A purchase: the parent of its k-th how-to contact's key. */
    HOW_TO_CONTACT,
    /** A voiced issue: the key of its case. */
    CASE,
    /** A case: the parent of its k-th contact's key. */
    CONTACT,
    /** A conversion: the new customer's initial satisfaction (normal noise). */
    SATISFACTION,
    /** A conversion: the key of the first purchase. */
    FIRST_PURCHASE,
    /** Word of mouth: who listens. */
    LISTENER,
    /** Word of mouth: the listener converts. */
    REFERRAL,
    /** A burst of negative word of mouth: the parent of its k-th telling's key. */
    BURST,
    /** A pre-sale question answered: the asker converts. */
    ANSWER,
    /** A complaint contact (or the second tier): the employee is honest. */
    HONEST,
    /** A complaint contact within latitude: resolved at this contact. */
    FIRST_CONTACT,
    /** A resolution: goodwill granted. */
    GOODWILL,
    /** A complaint contact not resolved: days until the customer comes back. */
    COMES_BACK,
    /** A dishonest yes to an impossible request: days until the promise breaks. */
    PROMISE_BREAKS,
    /** A resolution: the purchase refunded. */
    REFUND,
    /** A resolution: reported to the people who can fix the cause. */
    LISTENING,
    /** A deflected mistake: the customer finds out. */
    DISCOVERY,
    /** A deflected mistake found out: days until then. */
    DISCOVERY_DELAY;

    /** The key of this decision within the event keyed {@code eventKey}. */
    long of(long eventKey) {
        return KeyedRandom.child(eventKey, ServiceDesk.HANDLING_DRAW + 1 + ordinal());
    }
}
