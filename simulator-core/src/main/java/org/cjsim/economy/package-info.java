/** The company's ledger: revenue, gross profit, every cost line, net contribution and its net present value. */
package org.cjsim.economy;
