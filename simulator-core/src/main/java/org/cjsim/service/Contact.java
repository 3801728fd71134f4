package org.cjsim.service;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * One contact with the service desk. It is its own event on MASON's schedule: first its arrival, then the
 * end of its handling.
 */
public final class Contact implements Steppable {
    private static final long serialVersionUID = 1L;

    public final ContactType type;
    public final int person;
    /** The case of a complaint, null otherwise. */
    public final Case kase;
    /**
     * The key of this contact's random numbers ({@link org.cjsim.random.KeyedRandom}): the same in every run
     * where the same event (a person's purchase, a case's k-th contact) makes it, whatever the queue did. The
     * desk draws the handling time from child {@link ServiceDesk#HANDLING_DRAW}; the handler uses others.
     */
    public final long key;

    private final ContactInbox inbox;
    /** Time the contact joined the queue, in days. */
    double arrival = Double.NaN;
    /** Time an employee started handling it, in days. */
    double start = Double.NaN;

    Employee employee;
    private boolean arrived;

    Contact(ContactInbox inbox, ContactType type, int person, Case kase, long key) {
        this.inbox = inbox;
        this.type = type;
        this.person = person;
        this.kase = kase;
        this.key = key;
    }

    /** Time the contact waited in the queue before an employee took it, in days. */
    public double waitDays() {
        return start - arrival;
    }

    @Override
    public void step(SimState state) {
        if (!arrived) {
            arrived = true;
            inbox.desk().arrive(this, state.schedule.getTime());
        } else {
            inbox.desk().complete(this, state.schedule.getTime());
        }
    }
}
