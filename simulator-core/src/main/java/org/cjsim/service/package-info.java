/**
 * The service desk and its people: contacts, cases, the event-driven queue on MASON's schedule, the
 * workforce with skill, stress, quits and hiring, and the Erlang C reference for the queue.
 */
package org.cjsim.service;
