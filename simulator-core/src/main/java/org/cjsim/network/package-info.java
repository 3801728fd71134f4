/**
 * The friends-and-family network: households with strong ties and a friendship layer of weak ties
 * (Watts-Strogatz, Barabasi-Albert, Erdos-Renyi), or the mixed mean-field case, on primitive arrays.
 */
package org.cjsim.network;
