package org.cjsim.service;

/** What a contact with the service desk is about. */
public enum ContactType {
    /** A customer's issue (first or repeat contact). */
    COMPLAINT,
    /** A question before buying, from an aware non-customer. */
    QUESTION,
    /** A how-to question after a purchase. */
    HOW_TO
}
