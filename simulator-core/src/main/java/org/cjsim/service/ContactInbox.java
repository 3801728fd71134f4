package org.cjsim.service;

import sim.engine.Schedule;

/**
 * Where contacts with the service desk are submitted: each is scheduled to arrive at its time and is then
 * served by the desk built on this inbox. The inbox exists before its desk, so that the rules that raise
 * contacts, and the handler that reacts to served contacts and may raise more, are built without the desk.
 */
public final class ContactInbox {
    private final Schedule schedule;
    private ServiceDesk desk;

    public ContactInbox(Schedule schedule) {
        this.schedule = schedule;
    }

    /**
     * Creates a contact and schedules its arrival at {@code time} (not before now).
     *
     * @param key the key of the contact's random numbers ({@link Contact#key})
     */
    public Contact submit(ContactType type, int person, Case kase, double time, long key) {
        Contact c = new Contact(this, type, person, kase, key);
        schedule.scheduleOnce(Math.max(time, Math.nextUp(schedule.getTime())), ServiceDesk.ORDERING, c);
        return c;
    }

    /** Called by the desk's constructor: one desk serves an inbox. */
    void servedBy(ServiceDesk d) {
        if (desk != null) {
            throw new IllegalStateException("another desk serves this inbox");
        }
        desk = d;
    }

    ServiceDesk desk() {
        if (desk == null) {
            throw new IllegalStateException("no desk serves this inbox yet");
        }
        return desk;
    }
}
