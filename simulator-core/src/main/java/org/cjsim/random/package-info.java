/**
 * Randomness: seeds derived from (master seed, replication index), named streams per process, and the
 * small draws of the hot paths. Nothing here is seeded from the clock.
 */
package org.cjsim.random;
