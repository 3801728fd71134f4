/**
 * Randomness: seeds derived from (master seed, replication index); named sequential streams for what is
 * drawn once on day 0; and keyed, counter-based draws ({@link org.cjsim.random.KeyedRandom}) for every
 * decision taken while a strategy acts, each a function of (run, process, entity, day or counter, decision),
 * so that common random numbers hold when a lever changes how many draws another decision makes. Nothing
 * here is seeded from the clock.
 */
package org.cjsim.random;
